package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.value.WireFormat;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.validate.JsonCallbackValidator;
import io.cicallback.validate.ValidationMode;
import io.cicallback.validate.XmlCallbackValidator;
import io.cicallback.write.CallbackWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in {@code schema/examples/} must pass, strictly, and survive every conversion. */
class ExamplesTest {

    static Stream<Path> examples() {
        return Fixtures.filesIn(Fixtures.EXAMPLES).stream();
    }

    /** Examples that exist in both forms. */
    static Stream<String> pairs() {
        return examples().map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".json"))
                .map(n -> n.substring(0, n.length() - ".json".length()))
                .filter(base -> Files.exists(Fixtures.EXAMPLES.resolve(base + ".xml")));
    }

    @Test
    void theFolderHoldsTheDocSamplesAndOurVariants() {
        assertThat(examples().map(p -> p.getFileName().toString())).contains(
                "doc-zh-job.xml", "doc-zh-workflow.xml", "doc-zh-workflow.json",
                "doc-en-job.xml", "doc-en-workflow.xml", "doc-en-workflow.json",
                "failed-job.xml", "video-input.xml", "inline-settings.xml", "two-jobs.xml");
        assertThat(pairs()).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void validatesStrictlyWithNoFinding(Path example) {
        var body = Fixtures.bytes(example);
        var report = Fixtures.formatOf(example) == WireFormat.XML
                ? new XmlCallbackValidator().validate(body, ValidationMode.STRICT)
                : new JsonCallbackValidator().validate(body, ValidationMode.STRICT);
        assertThat(report.findings()).isEmpty();
        assertThat(report.accepted()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void xmlAndJsonFormsGiveEqualModels(String base) {
        var fromXml = Fixtures.readStrict(Fixtures.EXAMPLES.resolve(base + ".xml"));
        var fromJson = Fixtures.readStrict(Fixtures.EXAMPLES.resolve(base + ".json"));
        assertThat(fromJson).usingRecursiveComparison().isEqualTo(fromXml);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyConversionKeepsEveryValue(Path example) {
        var original = Fixtures.readStrict(example);
        var viaJson = Fixtures.readStrict(CallbackWriter.toJson(original), WireFormat.JSON);
        var viaXml = Fixtures.readStrict(CallbackWriter.toXml(viaJson), WireFormat.XML);

        assertThat(viaJson).usingRecursiveComparison().isEqualTo(original);
        assertThat(viaXml).usingRecursiveComparison().isEqualTo(original);
        // Independent of the model: every non-empty leaf of the file, path and text, is still there.
        var leaves = LeafValues.of(Fixtures.text(example), Fixtures.formatOf(example));
        assertThat(LeafValues.of(CallbackWriter.toXml(viaXml), WireFormat.XML)).isEqualTo(leaves);
        assertThat(LeafValues.of(CallbackWriter.toJson(viaXml), WireFormat.JSON)).isEqualTo(leaves);
    }

    @Test
    void writtenJsonHasTheDocumentedForm() {
        TaskFinishCallback model = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-zh-workflow.xml"));
        var json = CallbackWriter.toJson(model);
        assertThat(json)
                .contains("\"NumStream\" : \"1\"", "\"Bitrate\" : \"128.147000\"", "\"JobLevel\" : 0")
                .contains("\"JobsDetail\" : [", "\"Audio\" : [", "\"ObjectName\" : [")
                .doesNotContain("\"Message\"", "\"Video\"", "\"Subtitle\"", "\"ObjectPrefix\"");
    }
}
