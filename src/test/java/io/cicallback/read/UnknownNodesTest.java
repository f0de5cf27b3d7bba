package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cicallback.Fixtures;
import io.cicallback.LeafValues;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.model.UnknownNode;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.value.WireFormat;
import io.cicallback.write.CallbackWriter;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A lenient read keeps what the schemas do not describe: unknown nodes are generated into every container of
 * every example of every type, in the example's format, and must survive reading, writing in both formats and
 * reading again, every leaf (path and text) counted. What neither format can carry is named, never dropped
 * silently.
 */
class UnknownNodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> examples() {
        return Fixtures.allExamples().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void unknownNodesInEveryContainerSurviveEveryConversion(Path example) throws CallbackRejectedException {
        var format = Fixtures.formatOf(example);
        var body = format == WireFormat.XML ? intoXml(Fixtures.text(example)) : intoJson(Fixtures.text(example));
        var leaves = LeafValues.of(body, format);

        var read = Fixtures.LENIENT.readAs(utf8(body), format);
        assertThat(read.isComplete()).as("nothing left out: %s", read.leftOut()).isTrue();
        assertThat(read.findings()).extracting(f -> f.kind()).contains(FindingKind.UNKNOWN_NODE);

        var xml = CallbackWriter.toXml(read.callback());
        var json = CallbackWriter.toJson(read.callback());
        assertThat(LeafValues.of(xml, WireFormat.XML)).isEqualTo(leaves);
        assertThat(LeafValues.of(json, WireFormat.JSON)).isEqualTo(leaves);

        var fromXml = Fixtures.LENIENT.readAs(utf8(xml), WireFormat.XML);
        var fromJson = Fixtures.LENIENT.readAs(utf8(json), WireFormat.JSON);
        assertThat(fromXml.callback()).usingRecursiveComparison().isEqualTo(read.callback());
        assertThat(fromJson.callback()).usingRecursiveComparison().isEqualTo(read.callback());
        assertThat(LeafValues.of(CallbackWriter.toJson(fromXml.callback()), WireFormat.JSON)).isEqualTo(leaves);
        assertThat(LeafValues.of(CallbackWriter.toXml(fromJson.callback()), WireFormat.XML)).isEqualTo(leaves);

        // Strict mode is unchanged: every unknown node is an error.
        assertThatThrownBy(() -> Fixtures.STRICT.readAs(utf8(body), format))
                .isInstanceOfSatisfying(CallbackRejectedException.class, e -> assertThat(e.findings())
                        .extracting(f -> f.kind()).contains(FindingKind.UNKNOWN_NODE));
    }

    /** Every typed leaf of every example made malformed: the typed values are absent, their texts all kept. */
    @ParameterizedTest
    @MethodSource("examples")
    void malformedValuesAreKeptAsTextThroughEveryConversion(Path example) throws CallbackRejectedException {
        var format = Fixtures.formatOf(example);
        var body = malformedXml(Fixtures.text(example), format);
        if (body == null) {
            return; // no typed leaf in this example
        }
        var leaves = LeafValues.of(body, WireFormat.XML);

        var read = Fixtures.LENIENT.readAs(utf8(body), WireFormat.XML);
        assertThat(read.isComplete()).as("nothing left out: %s", read.leftOut()).isTrue();
        assertThat(read.findings()).extracting(f -> f.kind()).contains(FindingKind.MALFORMED_VALUE);
        var json = CallbackWriter.toJson(read.callback());
        assertThat(LeafValues.of(json, WireFormat.JSON)).isEqualTo(leaves);
        var back = Fixtures.LENIENT.readAs(utf8(json), WireFormat.JSON);
        assertThat(back.callback()).usingRecursiveComparison().isEqualTo(read.callback());
        assertThat(LeafValues.of(CallbackWriter.toXml(back.callback()), WireFormat.XML)).isEqualTo(leaves);
    }

    @Test
    void keptNodesStandWhereTheyWereSentWithTheirNamesTextAndOrder() throws CallbackRejectedException {
        var body = """
                {"EventName": "TaskFinish", "Added": "1", "JobsDetail": [{"JobId": "j", "State": "Success",
                 "Tag": "VoiceSeparate", "Operation": {"Extra": {"Tags": ["a", "b"], "Count": 7, "On": true,
                 "Gone": null, "Inner": {"Deep": "x"}}}}]}""";
        var callback = (TaskFinishCallback) Fixtures.LENIENT.readAs(utf8(body), WireFormat.JSON).callback();

        assertThat(((io.cicallback.model.ModelObject) callback).unknownNodes())
                .containsExactly(UnknownNode.leaf("Added", "1"));
        assertThat(callback.getJobs().get(0).getOperation().unknownNodes()).containsExactly(UnknownNode.container(
                "Extra", List.of(UnknownNode.leaf("Tags", "a"), UnknownNode.leaf("Tags", "b"),
                        UnknownNode.leaf("Count", "7"), UnknownNode.leaf("On", "true"),
                        UnknownNode.container("Inner", List.of(UnknownNode.leaf("Deep", "x"))))));
        assertThat(callback.getJobs().get(0).unknownNodes()).isEmpty();
    }

    @Test
    void equalityTakesInTheUnknownNodes() throws CallbackRejectedException {
        var plain = "{\"EventName\": \"TaskFinish\", \"JobsDetail\": [{\"JobId\": \"j\", \"State\": \"Success\","
                + " \"Tag\": \"VoiceSeparate\", \"Operation\": {\"JobLevel\": 0%s}}]}";
        var without = Fixtures.LENIENT.readAs(utf8(plain.formatted("")), WireFormat.JSON).callback();
        var with = Fixtures.LENIENT.readAs(utf8(plain.formatted(", \"New\": \"1\"")), WireFormat.JSON).callback();
        var again = Fixtures.LENIENT.readAs(utf8(plain.formatted(", \"New\": \"1\"")), WireFormat.JSON).callback();
        var other = Fixtures.LENIENT.readAs(utf8(plain.formatted(", \"New\": \"2\"")), WireFormat.JSON).callback();

        assertThat(with).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(without).isNotEqualTo(other);
    }

    @Test
    void aContainerHoldingOnlyUnknownNodesIsNotPrunedAway() throws CallbackRejectedException {
        var body = "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId><State>Success</State>"
                + "<Tag>VoiceSeparate</Tag><Input><Region>r</Region></Input><Operation><Output><New>n</New></Output>"
                + "</Operation></JobsDetail></Response>";
        var callback = (TaskFinishCallback) Fixtures.LENIENT.readAs(utf8(body), WireFormat.XML).callback();

        assertThat(callback.getJobs().get(0).getOperation().getOutput().unknownNodes())
                .containsExactly(UnknownNode.leaf("New", "n"));
        assertThat(CallbackWriter.toJson(callback)).contains("\"New\" : \"n\"");
    }

    /** What neither format can carry: each case is a body, and the path that must be named as left out. */
    static Stream<Arguments> uncarriable() {
        var job = "<JobId>j</JobId><State>Success</State><Tag>VoiceSeparate</Tag>";
        var jsonJob = "\"JobId\": \"j\", \"State\": \"Success\", \"Tag\": \"VoiceSeparate\"";
        var xml = List.of(
                new String[]{"an attribute", "<JobsDetail a=\"1\">" + job + "</JobsDetail>", "Response.JobsDetail[0].@a"},
                new String[]{"an element in a namespace", "<JobsDetail>" + job + "<x:New xmlns:x=\"urn:x\">1</x:New>"
                        + "</JobsDetail>", "Response.JobsDetail[0].New"},
                new String[]{"an attribute inside an unknown node", "<JobsDetail>" + job + "<New><Part b=\"2\">1</Part>"
                        + "</New></JobsDetail>", "Response.JobsDetail[0].New"},
                new String[]{"text beside elements", "<JobsDetail>" + job + "<New>text<Part>1</Part></New></JobsDetail>",
                        "Response.JobsDetail[0].New"},
                new String[]{"an element inside a leaf", "<JobsDetail>" + job.replace("<JobId>j</JobId>",
                        "<JobId>j<New>1</New></JobId>") + "</JobsDetail>", "Response.JobsDetail[0].JobId.New"});
        var json = List.of(
                new String[]{"a key that is no XML name", "\"1st\": \"a\"", "Response.JobsDetail[0].1st"},
                new String[]{"a key with a space", "\"a b\": \"a\"", "Response.JobsDetail[0].a b"},
                new String[]{"a key with a colon", "\"x:y\": \"a\"", "Response.JobsDetail[0].x:y"},
                new String[]{"an empty key", "\"\": \"a\"", "Response.JobsDetail[0]."},
                new String[]{"a control character", "\"New\": \"a\\u0001b\"", "Response.JobsDetail[0].New"},
                new String[]{"a nested bad key", "\"New\": {\"ok\": \"1\", \"not ok\": \"2\"}", "Response.JobsDetail[0].New"},
                new String[]{"a bad item of a list", "\"New\": [\"1\", {\"%\": \"2\"}]", "Response.JobsDetail[0].New"});
        var cases = new ArrayList<Arguments>();
        xml.forEach(c -> cases.add(Arguments.of(c[0], WireFormat.XML,
                "<Response><EventName>TaskFinish</EventName>" + c[1] + "</Response>", c[2])));
        json.forEach(c -> cases.add(Arguments.of(c[0], WireFormat.JSON,
                "{\"EventName\": \"TaskFinish\", \"JobsDetail\": [{" + jsonJob + ", " + c[1] + "}]}", c[2])));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("uncarriable")
    void whatNeitherFormatCanCarryIsNamedAsLeftOut(String what, WireFormat format, String body, String path) throws CallbackRejectedException {
        var read = Fixtures.LENIENT.readAs(utf8(body), format);

        assertThat(read.isComplete()).isFalse();
        assertThat(read.leftOut()).containsExactly(path);
        assertThat(read.leftOutCount()).isOne();
        // The rest is read, and writes in both formats.
        assertThat(read.jobs()).singleElement().satisfies(job -> assertThat(job.getJobId()).isEqualTo("j"));
        assertThat(CallbackWriter.toXml(read.callback())).contains("<JobId>j</JobId>");
        assertThat(CallbackWriter.toJson(read.callback())).contains("\"JobId\" : \"j\"");
    }

    @Test
    void keepingIsBoundedByTheBudgetAndWhatDoesNotFitIsCounted() throws CallbackRejectedException {
        var limits = InputLimits.builder().maxRepeatedNodes(50).build();
        var reader = CallbackReader.builder().limits(limits).build();
        var unknown = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            unknown.append("<New").append(i % 7).append("><Part>").append(i).append("</Part></New").append(i % 7).append('>');
        }
        var body = "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId><State>Success</State>"
                + "<Tag>VoiceSeparate</Tag>" + unknown + "</JobsDetail></Response>";

        var read = reader.readAs(utf8(body), WireFormat.XML);

        var kept = read.jobs().get(0).unknownNodes();
        assertThat(kept).hasSize(25); // two elements each
        assertThat(read.leftOutCount()).isEqualTo(175);
        assertThat(read.leftOut()).hasSize(InputLimits.DEFAULT_MAX_WARNINGS);
        assertThat(read.isComplete()).isFalse();
    }

    // --- generators ---

    private static int counter;

    /** Puts an unknown leaf and an unknown subtree into every element that holds elements. */
    static String intoXml(String text) {
        try {
            var factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            var containers = new ArrayList<Element>();
            collectContainers(document.getDocumentElement(), containers);
            for (var container : containers) {
                int n = counter++;
                var leaf = element(document, "ZzLeaf", "v" + n);
                var tree = document.createElement("ZzTree");
                tree.appendChild(element(document, "ZzItem", "a" + n));
                tree.appendChild(element(document, "ZzItem", "b" + n));
                var sub = document.createElement("ZzSub");
                sub.appendChild(element(document, "ZzDeep", "c" + n));
                tree.appendChild(sub);
                // Among the documented children, not after them.
                container.insertBefore(leaf, container.getFirstChild().getNextSibling());
                container.appendChild(tree);
            }
            var out = new StringWriter();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void collectContainers(Element element, List<Element> out) {
        boolean container = false;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                container = true;
                collectContainers(child, out);
            }
        }
        if (container) {
            out.add(element);
        }
    }

    private static Element element(Document document, String name, String text) {
        var element = document.createElement(name);
        element.setTextContent(text);
        return element;
    }

    /** Puts an unknown leaf, number, boolean and subtree into every object but Tencent's Response wrapper. */
    static String intoJson(String text) {
        try {
            var root = (ObjectNode) JSON.readTree(text);
            if (root.size() == 1 && root.get("Response") instanceof ObjectNode wrapped) {
                addUnknown(wrapped);
            } else {
                addUnknown(root);
            }
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void addUnknown(ObjectNode object) {
        object.properties().forEach(field -> {
            if (field.getValue() instanceof ObjectNode child) {
                addUnknown(child);
            } else if (field.getValue().isArray()) {
                field.getValue().forEach(item -> {
                    if (item instanceof ObjectNode child) {
                        addUnknown(child);
                    }
                });
            }
        });
        int n = counter++;
        object.put("ZzLeaf", "v" + n);
        object.put("ZzNumber", n);
        object.put("ZzFlag", n % 2 == 0);
        var tree = object.putObject("ZzTree");
        tree.putArray("ZzItem").add("a" + n).add("b" + n);
        tree.putObject("ZzSub").put("ZzDeep", "c" + n);
    }

    /**
     * @return the example as XML (a JSON example is converted first) with every optional leaf of a typed form
     *         (whole numbers, decimals, times) holding {@code x1}, or {@code null} when it has none
     */
    static String malformedXml(String text, WireFormat format) throws CallbackRejectedException {
        var xml = format == WireFormat.XML ? text
                : CallbackWriter.toXml(Fixtures.LENIENT.readAs(utf8(text), WireFormat.JSON).callback());
        try {
            var factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(utf8(xml)));
            int changed = malform(document.getDocumentElement(),
                    io.cicallback.internal.schema.CallbackSchemas.get().xmlTree());
            if (changed == 0) {
                return null;
            }
            var out = new StringWriter();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int malform(Element element, io.cicallback.internal.schema.SchemaNode node) {
        int changed = 0;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && node.child(child.getTagName()) != null) {
                var schema = node.child(child.getTagName());
                if (!schema.isLeaf()) {
                    changed += malform(child, schema);
                } else if (!schema.required() && List.of("Integer", "Decimal", "Time").contains(schema.leafType())
                        && !child.getTextContent().isEmpty()) {
                    child.setTextContent("x1");
                    changed++;
                }
            }
        }
        return changed;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
