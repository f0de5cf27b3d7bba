package io.cicallback.cli.doccheck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cicallback.internal.detect.FormatDetector;
import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.ValidationMode;
import io.cicallback.value.WireFormat;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Says where Tencent's doc pages and our schemas disagree, page by page, and how much of each page it compared.
 *
 * <ul>
 *   <li>Rows of Response tables: a documented node the XSD or the JSON Schema lacks, a documented type or
 *       cardinality that differs; and, for each container whose children the page tabulates, a required
 *       node with no row.</li>
 *   <li>Rows of Request tables under {@code Request.Operation}: the same nodes as a job's
 *       {@code Response.JobsDetail.Operation}, so their types are compared too (one the callback lacks is
 *       information: a request may hold settings the result does not repeat).</li>
 *   <li>Samples: a callback (one with an EventName) must validate strictly; a response of the job APIs must
 *       hold only nodes the schemas know. Each finding is located at its own line on the page.</li>
 * </ul>
 * Tencent's known ways of writing (a Container that repeats, a misspelt name, a known-bad sample) are data in
 * {@link KnownDocDefects}. A callback page documents its job type's own nodes on the submit-job page it links
 * to; given that page in the same run, its verdict says so.
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

    /** What a page is about. */
    public enum PageKind {
        /** A callback page: its samples carry an EventName, its tables one. */
        CALLBACK,
        /** A job API page (submit or query): request and response tables, HTTP samples. */
        API,
        /** No node table and no sample: nothing to compare. */
        NONE
    }

    /**
     * One page checked.
     *
     * @param name        the page's name, as given
     * @param kind        what the page is about
     * @param tag         the job type its samples carry, or empty
     * @param problems    everything found, in page order
     * @param rows        table rows and notes compared with the schemas
     * @param samples     samples compared
     * @param notCompared what the page holds that was not compared, said in words
     */
    public record Report(String name, PageKind kind, String tag, List<Problem> problems, int rows, int samples,
                         List<String> notCompared) {

        /** @return the problems that put the page out of sync */
        public long errors() {
            return problems.stream().filter(Problem::error).count();
        }

        /** @return e.g. {@code in sync (callback page of Snapshot: 9 rows and 3 samples compared; ...)} */
        public String verdict() {
            var errors = errors();
            var what = kind == PageKind.NONE ? "no node table or sample"
                    : (kind == PageKind.CALLBACK ? "callback page" : "job API page") + (tag.isEmpty() ? "" : " of " + tag)
                    + ": " + rows + " row" + (rows == 1 ? "" : "s") + " and " + samples + " sample"
                    + (samples == 1 ? "" : "s") + " compared";
            var rest = notCompared.isEmpty() ? "" : "; not compared: " + String.join("; ", notCompared);
            return (errors == 0 ? "in sync" : "out of sync, " + errors + " problem" + (errors == 1 ? "" : "s"))
                    + " (" + what + rest + ")";
        }
    }

    /**
     * A page to check.
     *
     * @param name     how reports name it (a file name)
     * @param markdown its text
     */
    public record Page(String name, String markdown) {
    }

    private static final CallbackReader STRICT = CallbackReader.builder().mode(ValidationMode.STRICT).build();
    private static final Pattern TAG = Pattern.compile("<Tag>\\s*(\\w+)\\s*</Tag>|\"Tag\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern EVENT = Pattern.compile("<EventName>|\"EventName\"\\s*:");
    private static final String API_OPERATION = "Request.Operation";
    private static final String JOB_OPERATION = "Response.JobsDetail.Operation";

    private final CallbackSchemas schemas = CallbackSchemas.get();
    private final KnownDocDefects defects = KnownDocDefects.load();

    /**
     * @param markdown one doc page
     * @return everything found on it, in page order
     */
    public List<Problem> check(String markdown) {
        return check(List.of(new Page("page", markdown))).get(0).problems();
    }

    /**
     * Checks pages together: a callback page's verdict names the job API page of its type among them.
     *
     * @param pages doc pages
     * @return a report per page, in the order given
     */
    public List<Report> check(List<Page> pages) {
        var parsed = new ArrayList<DocPage>();
        var reports = new ArrayList<Report>();
        for (var page : pages) {
            var doc = DocPage.parse(page.markdown());
            parsed.add(doc);
            reports.add(checkPage(page.name(), doc));
        }
        for (int i = 0; i < reports.size(); i++) {
            var report = reports.get(i);
            if (report.kind() == PageKind.CALLBACK && !parsed.get(i).pointers().isEmpty()) {
                var api = reports.stream().filter(r -> r.kind() == PageKind.API && !r.tag().isEmpty()
                        && r.tag().equals(report.tag())).findFirst();
                var notes = new ArrayList<>(report.notCompared());
                notes.add(api.isPresent() ? "JobsDetail's own nodes are compared on " + api.get().name()
                        : "JobsDetail's own nodes, documented on " + parsed.get(i).pointers().get(0).url()
                        + " (give that page too)");
                reports.set(i, new Report(report.name(), report.kind(), report.tag(), report.problems(), report.rows(),
                        report.samples(), notes));
            }
        }
        return reports;
    }

    private Report checkPage(String name, DocPage page) {
        var problems = new ArrayList<Problem>();
        var notCompared = new ArrayList<String>();
        var kind = kindOf(page);
        var tag = tagOf(page);
        if (kind == PageKind.NONE) {
            // An empty file, another page or a callback body: nothing here can be in sync with the schemas.
            problems.add(new Problem(true, 1, "", "no node table found: not a doc page of the callback"));
            return new Report(name, kind, tag, problems, 0, 0, notCompared);
        }
        int rows = 0;
        int requestRows = 0;
        int apiOnlyRows = 0;
        var documented = new LinkedHashSet<String>();
        var tabulated = new LinkedHashMap<String, List<DocPage.DocNode>>();
        for (var raw : page.nodes()) {
            if (raw.side() == DocPage.Side.REQUEST) {
                if (!raw.parent().equals(API_OPERATION) && !raw.parent().startsWith(API_OPERATION + ".")) {
                    requestRows++;
                    continue;
                }
                // The job's settings as submitted: the same nodes as the Operation its callback echoes.
                var inJob = defects.correct(new DocPage.DocNode(raw.name(),
                        JOB_OPERATION + raw.parent().substring(API_OPERATION.length()), raw.type(), raw.line(),
                        raw.inTable(), raw.side()));
                rows++;
                compare(inJob, inJob.path(), false, problems);
                continue;
            }
            var node = defects.correct(raw);
            if (defects.apiOnly(node.path()) != null) {
                apiOnlyRows++;
                continue;
            }
            rows++;
            documented.add(node.path());
            if (node.inTable()) {
                tabulated.computeIfAbsent(node.parent(), p -> new ArrayList<>()).add(node);
            }
            compare(node, node.path(), true, problems);
        }
        requiredRows(tabulated, documented, kind, problems);
        int samples = 0;
        int requestSamples = 0;
        var reported = new LinkedHashSet<String>();
        for (var sample : page.samples()) {
            var knownBad = defects.knownBadSample(sample.body());
            if (knownBad != null) {
                notCompared.add("the sample at line " + sample.line() + " (a known-bad sample: " + knownBad + ")");
            } else if (isRequest(sample.body())) {
                requestSamples++;
            } else if (EVENT.matcher(sample.body()).find()) {
                samples++;
                checkCallbackSample(sample, documented, tabulated.keySet(), reported, problems);
            } else {
                samples++;
                checkResponseSample(sample, problems);
            }
        }
        if (requestRows > 0) {
            notCompared.add(requestRows + " request row" + (requestRows == 1 ? "" : "s") + " outside " + API_OPERATION);
        }
        if (apiOnlyRows > 0) {
            notCompared.add(apiOnlyRows + " row" + (apiOnlyRows == 1 ? "" : "s") + " of nodes only the job APIs send");
        }
        if (requestSamples > 0) {
            notCompared.add(requestSamples + " request sample" + (requestSamples == 1 ? "" : "s"));
        }
        if (!page.skipped().isEmpty()) {
            notCompared.add(page.skipped().size() + " code block" + (page.skipped().size() == 1 ? "" : "s")
                    + " without a payload to compare (HTTP lines only, or a placeholder) at line"
                    + (page.skipped().size() == 1 ? " " : "s ") + join(page.skipped()));
        }
        if (page.otherRows() > 0) {
            notCompared.add(page.otherRows() + " row" + (page.otherRows() == 1 ? "" : "s")
                    + " that are no node (query parameters, other messages)");
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Report(name, kind, tag, problems, rows, samples, notCompared);
    }

    private static String join(List<Integer> lines) {
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }

    private static PageKind kindOf(DocPage page) {
        boolean event = page.nodes().stream().anyMatch(n -> n.name().equals("EventName") && n.side() == DocPage.Side.RESPONSE)
                || page.samples().stream().anyMatch(s -> EVENT.matcher(s.body()).find());
        if (event) {
            return PageKind.CALLBACK;
        }
        return page.nodes().stream().anyMatch(DocPage.DocNode::inTable) || !page.samples().isEmpty() ? PageKind.API
                : PageKind.NONE;
    }

    /** @return the first job type a sample names (a Tag node also names a tag inside some results) */
    private String tagOf(DocPage page) {
        var known = find(schemas.xmlTree(), "Response.JobsDetail.Tag").allowedValues();
        for (var sample : page.samples()) {
            var matcher = TAG.matcher(sample.body());
            while (matcher.find()) {
                var tag = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (known.contains(tag)) {
                    return tag;
                }
            }
        }
        return "";
    }

    private static boolean isRequest(String body) {
        var start = body.stripLeading();
        return start.startsWith("<Request") || start.replaceAll("\\s+", "").startsWith("{\"Request\"");
    }

    /**
     * @param path         the node's path in the callback
     * @param missingIsError whether a node the schemas lack is an error ({@code false}: information, for a
     *                     request's settings)
     */
    private void compare(DocPage.DocNode node, String path, boolean missingIsError, List<Problem> problems) {
        var xsd = find(schemas.xmlTree(), path);
        var json = find(schemas.jsonTree(), path);
        for (var side : List.of("XSD", "JSON Schema")) {
            var schemaNode = side.equals("XSD") ? xsd : json;
            if (schemaNode == null) {
                problems.add(new Problem(missingIsError, node.line(), path, missingIsError
                        ? "documented node is missing from the " + side
                        : "a request node the callback's " + side + " does not have"));
                continue;
            }
            // Where the JSON Schema deliberately types a leaf otherwise than the XSD (a number Tencent sends
            // unquoted), the documented type is held to the XSD, and the JSON side to its shape only.
            boolean shapeOnly = side.equals("JSON Schema") && xsd != null && xsd.isLeaf() && schemaNode.isLeaf()
                    && !java.util.Objects.equals(xsd.baseType(), schemaNode.baseType());
            var disagreement = DocType.of(node.type()).disagreement(schemaNode, shapeOnly);
            if (disagreement != null) {
                problems.add(new Problem(true, node.line(), path, "documented as " + node.type() + ", but the " + side
                        + " " + disagreement));
            }
        }
    }

    /**
     * For each container whose children the page tabulates, every child the schemas require has a row; one
     * without is reported where its row would stand (before the next documented sibling, in schema order).
     * The job APIs' pages leave the callback's envelope out, so their root is not held to it.
     */
    private void requiredRows(Map<String, List<DocPage.DocNode>> tabulated, Set<String> documented, PageKind kind,
                              List<Problem> problems) {
        for (var entry : tabulated.entrySet()) {
            var parent = entry.getKey();
            var schemaNode = parent.isEmpty() ? null : find(schemas.xmlTree(), parent);
            if (schemaNode == null || schemaNode.isLeaf()
                    || kind == PageKind.API && parent.equals(CallbackSchemas.ROOT_NAME)) {
                continue;
            }
            var rows = entry.getValue();
            var lineOf = new HashMap<String, Integer>();
            rows.forEach(row -> lineOf.putIfAbsent(row.name(), row.line()));
            var children = new ArrayList<>(schemaNode.children().values());
            for (int c = 0; c < children.size(); c++) {
                var child = children.get(c);
                var path = parent + "." + child.name();
                // Required as a strict read requires it, lenient mode's tolerance aside.
                if (!child.required() || documented.contains(path)
                        || defects.apiOnly(path) != null) {
                    continue;
                }
                int line = rows.get(rows.size() - 1).line() + 1;
                for (int next = c + 1; next < children.size(); next++) {
                    var at = lineOf.get(children.get(next).name());
                    if (at != null) {
                        line = at;
                        break;
                    }
                }
                problems.add(new Problem(true, line, path, "required node " + child.name()
                        + " has no row among its parent's"));
            }
        }
    }

    /** A callback sample must validate strictly; where it has nodes the tables leave out, that is information. */
    private void checkCallbackSample(DocPage.Sample sample, Set<String> documented, Set<String> tabulatedParents,
                                     Set<String> reported, List<Problem> problems) {
        var body = sample.body().getBytes(StandardCharsets.UTF_8);
        var format = FormatDetector.sniff(body).orElse(WireFormat.XML);
        var lines = SampleLines.of(sample.body(), format);
        try {
            STRICT.readAs(body, format);
        } catch (CallbackRejectedException e) {
            for (var finding : e.findings()) {
                var where = finding.location();
                int line = finding.kind() == FindingKind.NOT_WELL_FORMED && lines.error() != null ? lines.errorLine()
                        : where.jsonPointer() != null ? lines.lineOf(where.jsonPointer()) : Math.max(where.line(), 1);
                problems.add(new Problem(true, sample.line() + line - 1, finding.path(),
                        "sample does not validate strictly: " + finding.message() + " (sample "
                                + KnownDocDefects.fingerprint(sample.body()) + ")"));
            }
            return;
        }
        lines.forEachPath((path, line) -> {
            int dot = path.lastIndexOf('.');
            var parent = dot < 0 ? "" : path.substring(0, dot);
            // Only where the page's tables list the parent's children does a missing row say something;
            // JobsDetail's own children, for one, are documented on another page.
            if (tabulatedParents.contains(parent) && !documented.contains(path) && reported.add(path)) {
                problems.add(new Problem(false, sample.line() + line - 1, path,
                        "the sample carries a node the tables do not document"));
            }
        });
    }

    /** A response of the job APIs is no callback (no EventName, times as "-"): its nodes must be known. */
    private void checkResponseSample(DocPage.Sample sample, List<Problem> problems) {
        var format = FormatDetector.sniff(sample.body().getBytes(StandardCharsets.UTF_8)).orElse(WireFormat.XML);
        var lines = SampleLines.of(sample.body(), format);
        if (lines.error() != null) {
            problems.add(new Problem(true, sample.line() + lines.errorLine() - 1, "", "sample is not well-formed: "
                    + lines.error() + " (sample " + KnownDocDefects.fingerprint(sample.body()) + ")"));
            return;
        }
        var unknown = new ArrayList<String>();
        lines.forEachPath((path, line) -> {
            if (unknown.stream().anyMatch(u -> path.startsWith(u + "."))) {
                return; // inside a node reported already
            }
            if (find(schemas.xmlTree(), path) == null && defects.apiOnly(path) == null) {
                unknown.add(path);
                problems.add(new Problem(true, sample.line() + line - 1, path, "the sample carries a node the schemas"
                        + " do not describe (sample " + KnownDocDefects.fingerprint(sample.body()) + ")"));
            }
        });
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

    /**
     * Where each node of a sample stands: its path (indexes dropped, from the root {@code Response}) and line,
     * in document order, and each JSON pointer's line, for findings that point into the sample.
     */
    private record SampleLines(List<Map.Entry<String, Integer>> paths, Map<String, Integer> pointers, String error,
                               int errorLine) {

        static SampleLines of(String body, WireFormat format) {
            var paths = new ArrayList<Map.Entry<String, Integer>>();
            var pointers = new HashMap<String, Integer>();
            try {
                if (format == WireFormat.XML) {
                    xml(body, paths);
                } else {
                    json(body, paths, pointers);
                }
                return new SampleLines(paths, pointers, null, 0);
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? 1 : Math.max(e.getLocation().getLineNumber(), 1);
                return new SampleLines(paths, pointers, e.getMessage().replaceAll("\\s+", " "), line);
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 1 : Math.max(e.getLocation().getLineNr(), 1);
                return new SampleLines(paths, pointers, e.getOriginalMessage(), line);
            } catch (IOException e) {
                return new SampleLines(paths, pointers, e.getMessage(), 1);
            }
        }

        private static void xml(String body, List<Map.Entry<String, Integer>> paths) throws XMLStreamException {
            var factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            var reader = factory.createXMLStreamReader(new StringReader(body));
            var stack = new ArrayList<String>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    var path = stack.isEmpty() ? reader.getLocalName() : stack.get(stack.size() - 1) + "." + reader.getLocalName();
                    stack.add(path);
                    paths.add(Map.entry(path, reader.getLocation().getLineNumber()));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    stack.remove(stack.size() - 1);
                }
            }
        }

        private static void json(String body, List<Map.Entry<String, Integer>> paths, Map<String, Integer> pointers)
                throws IOException {
            try (JsonParser parser = new JsonFactory().createParser(body)) {
                var stack = new ArrayList<String>();
                boolean wrapped = body.replaceAll("\\s+", "").startsWith("{\"Response\":{");
                for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    int line = parser.currentTokenLocation().getLineNr();
                    if (token == JsonToken.FIELD_NAME) {
                        var parent = stack.isEmpty() ? CallbackSchemas.ROOT_NAME : stack.get(stack.size() - 1);
                        var path = parent + "." + parser.currentName();
                        if (!(wrapped && stack.isEmpty() && parser.currentName().equals(CallbackSchemas.ROOT_NAME))) {
                            paths.add(Map.entry(path, line));
                        }
                        pointers.put(parser.getParsingContext().pathAsPointer().toString(), line);
                    } else if (token.isStructStart() || token.isScalarValue()) {
                        pointers.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), line);
                    }
                    if (token == JsonToken.START_OBJECT) {
                        var context = parser.getParsingContext().getParent();
                        while (context != null && context.inArray()) {
                            context = context.getParent(); // an entry of a list: named by the list's key
                        }
                        var name = context == null ? null : context.getCurrentName();
                        var parent = stack.isEmpty() ? CallbackSchemas.ROOT_NAME : stack.get(stack.size() - 1);
                        boolean isWrapper = wrapped && stack.size() == 1 && CallbackSchemas.ROOT_NAME.equals(name);
                        stack.add(name == null || isWrapper ? parent : parent + "." + name);
                    } else if (token == JsonToken.END_OBJECT) {
                        stack.remove(stack.size() - 1);
                    }
                }
            }
        }

        void forEachPath(BiConsumer<String, Integer> action) {
            paths.forEach(entry -> action.accept(entry.getKey(), entry.getValue()));
        }

        /** @return the line of the node a pointer names (or of its nearest ancestor on record), 1 when unknown */
        int lineOf(String pointer) {
            for (var at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
                var line = pointers.get(at);
                if (line != null) {
                    return line;
                }
                if (at.isEmpty()) {
                    return 1;
                }
            }
        }
    }

    /** The documented types Tencent's tables use, and what each requires of a schema node. */
    enum DocType {
        CONTAINER, CONTAINER_ARRAY, STRING, STRING_ARRAY, INTEGER, DECIMAL, BOOLEAN, ARRAY, UNKNOWN;

        static DocType of(String printed) {
            var type = printed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            boolean array = type.contains("array") || type.contains("数组");
            if (type.startsWith("container") || type.startsWith("object")) {
                return array ? CONTAINER_ARRAY : CONTAINER;
            }
            if (type.startsWith("string")) {
                return array ? STRING_ARRAY : STRING;
            }
            if (type.equals("array") || type.startsWith("array of")) {
                return ARRAY;
            }
            return switch (type) {
                case "int", "integer", "long" -> INTEGER;
                case "float", "double", "number", "decimal" -> DECIMAL;
                case "boolean", "bool" -> BOOLEAN;
                default -> UNKNOWN;
            };
        }

        /**
         * @param shapeOnly whether to compare the node's shape only (leaf or container, repeated or not)
         * @return how the schema node disagrees with this documented type, or {@code null} when it agrees
         */
        String disagreement(SchemaNode node, boolean shapeOnly) {
            var leaf = node.isLeaf() ? "a leaf of type " + node.leafType() : "a container";
            return switch (this) {
                case CONTAINER -> node.isLeaf() ? "has " + leaf : node.repeatable() ? "lets it repeat" : null;
                case CONTAINER_ARRAY -> node.isLeaf() ? "has " + leaf : node.repeatable() ? null : "allows it once";
                case STRING -> !node.isLeaf() ? "has a container"
                        : shapeOnly || SchemaNode.STRING.equals(node.baseType()) ? null : "has " + leaf;
                case STRING_ARRAY -> !node.isLeaf() ? "has a container" : !node.repeatable() ? "allows it once"
                        : shapeOnly || SchemaNode.STRING.equals(node.baseType()) ? null : "has " + leaf;
                case INTEGER -> node.isLeaf() && (shapeOnly || "Integer".equals(node.leafType())) ? null : "has " + leaf;
                case DECIMAL -> node.isLeaf() && (shapeOnly || "Decimal".equals(node.leafType())) ? null : "has " + leaf;
                case BOOLEAN -> node.isLeaf() && (shapeOnly || node.allowedValues().contains("true")) ? null : "has " + leaf;
                case ARRAY -> node.repeatable() ? null : "allows it once";
                case UNKNOWN -> "cannot be compared: the type is not one doccheck knows";
            };
        }
    }
}
