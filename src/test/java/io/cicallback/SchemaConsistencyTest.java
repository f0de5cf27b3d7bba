package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.schema.SchemaDiff;
import io.cicallback.internal.schema.SchemaNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XSD and the JSON Schema must describe the same tree, node for node. */
class SchemaConsistencyTest {

    private final SchemaNode xsd = CallbackSchemas.get().xmlTree();
    private final SchemaNode json = CallbackSchemas.get().jsonTree();

    @Test
    void bothSchemasDescribeTheSameTree() {
        assertThat(SchemaDiff.compare("XSD", xsd, "JSON Schema", json))
                .as("nodes where the XSD and the JSON Schema disagree")
                .isEmpty();
    }

    @Test
    void everyNodeCarriesTheSameDescriptionInBoth() {
        var problems = new ArrayList<String>();
        describe(xsd, json, xsd.name(), problems);
        assertThat(problems).isEmpty();
    }

    /**
     * The JDK's XSD validator matches an unbounded repetition ({@code +}, {@code *}, <code>{n,}</code>) in time
     * quadratic in the text: a 4 MB identifier under {@code \S+} took minutes. Every pattern must bound it.
     */
    @Test
    void everyPatternBoundsItsRepetitions() {
        var patterns = new ArrayList<String>();
        collectPatterns(xsd, patterns);
        assertThat(patterns).isNotEmpty().allSatisfy(pattern ->
                assertThat(pattern.replaceAll("\\[[^\\]]*]", "C")) // character classes may hold + and *
                        .as(pattern).doesNotContainPattern("(?<!\\\\)[+*]|\\{[0-9]+,}"));
    }

    private static void collectPatterns(SchemaNode node, List<String> into) {
        if (node.pattern() != null) {
            into.add(node.pattern());
        }
        node.children().values().forEach(child -> collectPatterns(child, into));
    }

    @Test
    void theTreeCoversTheDocumentedCallback() {
        assertThat(xsd.at("/JobsDetail/0/Operation/MediaInfo/Stream/Video/0/Rotation")).isNotNull();
        assertThat(xsd.at("/JobsDetail/0/Input/CosHeaders/0/Value")).isNotNull();
        assertThat(xsd.at("/JobsDetail/0/Workflow/RunId")).isNotNull();
        assertThat(xsd.at("/JobsDetail/0/Operation/VoiceSeparate/AudioConfig/Channels").allowedValues())
                .containsExactly("1", "2", "4", "5", "6", "8");
        assertThat(countNodes(xsd)).isGreaterThan(100);
    }

    @Test
    void theComparisonNamesEveryKindOfDisagreement() {
        var job = xsd.at("/JobsDetail");
        var retyped = replaceChild(job, "Code",
                new SchemaNode("Code", false, false, "Decimal", "decimal", List.of(), null, "", java.util.Map.of()));
        var repeated = replaceChild(job, "QueueId",
                new SchemaNode("QueueId", false, true, "string", "string", List.of(), null, "", java.util.Map.of()));
        var required = replaceChild(job, "Message",
                new SchemaNode("Message", true, false, "string", "string", List.of(), null, "", java.util.Map.of()));

        assertThat(SchemaDiff.compare("A", job, "B", retyped))
                .containsExactly("JobsDetail.Code: leaf type string in A, Decimal in B");
        assertThat(SchemaDiff.compare("A", job, "B", repeated))
                .containsExactly("JobsDetail.QueueId: repeatable false in A, true in B");
        assertThat(SchemaDiff.compare("A", job, "B", required))
                .containsExactly("JobsDetail.Message: required false in A, true in B");
        assertThat(SchemaDiff.compare("A", job, "B", replaceChild(job, "Tag", null)))
                .containsExactly("JobsDetail.Tag: in A, missing from B");
    }

    private static SchemaNode replaceChild(SchemaNode parent, String name, SchemaNode replacement) {
        var children = new LinkedHashMap<>(parent.children());
        if (replacement == null) {
            children.remove(name);
        } else {
            children.put(name, replacement);
        }
        return new SchemaNode(parent.name(), parent.required(), parent.repeatable(), parent.leafType(),
                parent.baseType(), parent.allowedValues(), parent.pattern(), parent.description(), children);
    }

    private static void describe(SchemaNode a, SchemaNode b, String path, List<String> problems) {
        if (a.description().isBlank()) {
            problems.add(path + ": no description in the XSD");
        } else if (!a.description().equals(b.description())) {
            problems.add(path + ": descriptions differ: '" + a.description() + "' / '" + b.description() + "'");
        }
        for (var child : a.children().values()) {
            var other = b.child(child.name());
            if (other != null) {
                describe(child, other, path + "." + child.name(), problems);
            }
        }
    }

    private static int countNodes(SchemaNode node) {
        return 1 + node.children().values().stream().mapToInt(SchemaConsistencyTest::countNodes).sum();
    }
}
