package io.cicallback.cli.doccheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cicallback.internal.detect.FormatDetector;
import io.cicallback.value.WireFormat;
import io.cicallback.internal.parse.SafeXml;
import io.cicallback.read.CallbackReader;
import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.ValidationMode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Says where a Tencent doc page and our schemas disagree: documented nodes the XSD or the JSON Schema lack,
 * documented cardinality or type that differs, samples that do not validate strictly, and (as information)
 * nodes a sample carries that the page's tables leave out.
 */
public final class DocCheck {

    /**
     * One thing found.
     *
     * @param error   whether it puts the page out of sync ({@code false}: information only)
     * @param line    1-based line on the page
     * @param path    the node path concerned, or empty
     * @param message what disagrees
     */
    public record Problem(boolean error, int line, String path, String message) {
    }

    private static final CallbackReader STRICT = CallbackReader.builder().mode(ValidationMode.STRICT).build();

    private final CallbackSchemas schemas = CallbackSchemas.get();
    private final KnownDocDefects defects = KnownDocDefects.load();

    /**
     * @param markdown a doc page
     * @return everything found, in page order of the documented nodes, then the samples
     */
    public List<Problem> check(String markdown) {
        var page = DocPage.parse(markdown);
        var problems = new ArrayList<Problem>();
        if (page.nodes().stream().noneMatch(DocPage.DocNode::inTable)) {
            // An empty file, another page or a callback body: nothing here can be in sync with the schemas.
            problems.add(new Problem(true, 1, "", "no node table found: not a doc page of the callback"));
            return problems;
        }
        var documented = new LinkedHashSet<String>();
        var tabulated = new LinkedHashSet<String>();
        for (var raw : page.nodes()) {
            var node = defects.correct(raw);
            documented.add(node.path());
            if (node.inTable()) {
                tabulated.add(node.path());
            }
            compare(node, "XSD", schemas.xmlTree(), problems);
            compare(node, "JSON Schema", schemas.jsonTree(), problems);
        }
        var reported = new LinkedHashSet<String>();
        for (var sample : page.samples()) {
            checkSample(sample, documented, tabulated, reported, problems);
        }
        return problems;
    }

    private void compare(DocPage.DocNode node, String schemaName, SchemaNode tree, List<Problem> problems) {
        var schemaNode = find(tree, node.path());
        if (schemaNode == null) {
            problems.add(new Problem(true, node.line(), node.path(), "documented node is missing from the " + schemaName));
            return;
        }
        var documented = DocType.of(node.type());
        var disagreement = documented.disagreement(schemaNode);
        if (disagreement != null) {
            problems.add(new Problem(true, node.line(), node.path(), "documented as " + node.type() + ", but the "
                    + schemaName + " " + disagreement));
        }
    }

    private void checkSample(DocPage.Sample sample, Set<String> documented, Set<String> tabulated,
                             Set<String> reported, List<Problem> problems) {
        var body = sample.body().getBytes(StandardCharsets.UTF_8);
        var format = FormatDetector.sniff(body).orElse(WireFormat.XML);
        try {
            STRICT.readAs(body, format);
        } catch (CallbackRejectedException e) {
            for (var finding : e.findings()) {
                var where = finding.location();
                var line = sample.line() + Math.max(where.line() - 1, 0);
                var pointer = where.jsonPointer() == null ? "" : " (at " + where + ")";
                problems.add(new Problem(true, line, finding.path(),
                        "sample does not validate strictly: " + finding.message() + pointer));
            }
            return;
        }
        for (var path : samplePaths(sample.body(), format)) {
            int dot = path.lastIndexOf('.');
            var parent = dot < 0 ? "" : path.substring(0, dot);
            // Only where the page's tables list the parent's children does a missing row say something;
            // JobsDetail's own children, for one, are documented on another page.
            var parentHasRows = tabulated.stream().anyMatch(p -> p.startsWith(parent + ".") && p.lastIndexOf('.') == dot);
            if (parentHasRows && !documented.contains(path) && reported.add(path)) {
                problems.add(new Problem(false, sample.line(), path, "the sample carries a node the tables do not document"));
            }
        }
    }

    private static SchemaNode find(SchemaNode tree, String path) {
        var names = path.split("\\.");
        if (!names[0].equals(tree.name())) {
            return null;
        }
        var node = tree;
        for (int i = 1; i < names.length && node != null; i++) {
            node = node.child(names[i]);
        }
        return node;
    }

    private static Set<String> samplePaths(String body, WireFormat format) {
        var paths = new LinkedHashSet<String>();
        try {
            if (format == WireFormat.XML) {
                var root = SafeXml.parseDocument(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
                xmlPaths(root, root.getTagName(), paths);
            } else {
                jsonPaths(new ObjectMapper().readTree(body), CallbackSchemas.ROOT_NAME, paths);
            }
        } catch (Exception e) {
            // The sample validated, so it parses; nothing more to learn if it somehow does not.
        }
        return paths;
    }

    private static void xmlPaths(Element element, String path, Set<String> out) {
        out.add(path);
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                xmlPaths(child, path + "." + child.getTagName(), out);
            }
        }
    }

    private static void jsonPaths(JsonNode node, String path, Set<String> out) {
        out.add(path);
        if (node.isArray()) {
            node.forEach(item -> jsonPaths(item, path, out));
        } else if (node.isObject()) {
            node.properties().forEach(f -> jsonPaths(f.getValue(), path + "." + f.getKey(), out));
        }
    }

    /** The documented types Tencent's tables use, and what each requires of a schema node. */
    enum DocType {
        CONTAINER, CONTAINER_ARRAY, STRING, INTEGER, DECIMAL, UNKNOWN;

        static DocType of(String printed) {
            var type = printed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            if (type.startsWith("container")) {
                return type.contains("array") || type.contains("数组") ? CONTAINER_ARRAY : CONTAINER;
            }
            return switch (type) {
                case "string" -> STRING;
                case "int", "integer", "long" -> INTEGER;
                case "float", "double", "number", "decimal" -> DECIMAL;
                default -> UNKNOWN;
            };
        }

        /** @return how the schema node disagrees with this documented type, or {@code null} when it agrees */
        String disagreement(SchemaNode node) {
            return switch (this) {
                case CONTAINER -> node.isLeaf() ? "has a leaf of type " + node.leafType()
                        : node.repeatable() ? "lets it repeat" : null;
                case CONTAINER_ARRAY -> node.isLeaf() ? "has a leaf of type " + node.leafType()
                        : node.repeatable() ? null : "allows it once";
                case STRING -> !node.isLeaf() ? "has a container"
                        : node.baseType().equals("string") ? null : "has a leaf of type " + node.leafType();
                case INTEGER -> node.isLeaf() && node.leafType().equals("Integer") ? null
                        : "has " + (node.isLeaf() ? "a leaf of type " + node.leafType() : "a container");
                case DECIMAL -> node.isLeaf() && node.leafType().equals("Decimal") ? null
                        : "has " + (node.isLeaf() ? "a leaf of type " + node.leafType() : "a container");
                case UNKNOWN -> "cannot be compared: the type is not one doccheck knows";
            };
        }
    }
}
