package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.value.WireFormat;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.FindingKind;
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

/**
 * Every example of every type ({@code schema/jobs/<Tag>/examples/}, {@code schema/workflow/examples/}) must pass
 * in both modes, with no finding but element order (Tencent's samples order some containers differently), and
 * survive every conversion.
 */
class ExamplesTest {

    static Stream<Path> examples() {
        return Fixtures.allExamples().stream();
    }

    /** Examples that exist in both forms, in one folder: {@code name.xml} and {@code name.json}. */
    static Stream<Path> pairs() {
        return examples().filter(p -> p.toString().endsWith(".json"))
                .map(p -> p.resolveSibling(p.getFileName().toString().replaceFirst("\\.json$", "")))
                .filter(base -> Files.exists(base.resolveSibling(base.getFileName() + ".xml")));
    }

    @Test
    void everyJobTypeAndTheWorkflowEventHaveExamplesInBothForms() {
        assertThat(Fixtures.exampleFolders()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(examples().map(p -> p.getFileName().toString())).contains(
                "doc-zh-job.xml", "doc-zh-workflow.xml", "doc-zh-workflow.json",
                "doc-en-job.xml", "doc-en-workflow.xml", "doc-en-workflow.json",
                "failed-job.xml", "video-input.xml", "inline-settings.xml", "two-jobs.xml");
        for (var folder : Fixtures.exampleFolders()) {
            var files = Fixtures.filesIn(folder);
            assertThat(files).as(folder.toString()).anyMatch(f -> f.toString().endsWith(".xml"))
                    .anyMatch(f -> f.toString().endsWith(".json"));
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void validatesStrictlyWithNoFinding(Path example) {
        var body = Fixtures.bytes(example);
        for (var mode : ValidationMode.values()) {
            var report = Fixtures.formatOf(example) == WireFormat.XML
                    ? new XmlCallbackValidator().validate(body, mode)
                    : new JsonCallbackValidator().validate(body, mode);
            assertThat(report.findings()).as(mode.toString()).isEmpty();
            assertThat(report.accepted()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readsInBothModesWithNoFinding(Path example) throws Exception {
        for (var reader : new CallbackReader[] {Fixtures.STRICT, Fixtures.LENIENT}) {
            var result = reader.readAs(Fixtures.bytes(example), Fixtures.formatOf(example));
            assertThat(result.findings()).as(reader.mode().toString()).isEmpty();
        }
    }

    /** Tencent's abridged samples ({@code schema/jobs/<Tag>/lenient/}): read leniently, refused strictly. */
    static Stream<Path> abridged() {
        return Fixtures.lenientExamples().stream();
    }

    @ParameterizedTest
    @MethodSource("abridged")
    void abridgedSamplesAreReadLenientlyWithTheirGapsNamedAndRefusedStrictly(Path example) throws Exception {
        var body = Fixtures.bytes(example);
        var format = Fixtures.formatOf(example);
        var lenient = Fixtures.LENIENT.readAs(body, format);
        assertThat(lenient.findings()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.MISSING_EXPECTED_NODE))
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.MISSING_EXPECTED_NODE));
        var strict = org.assertj.core.api.Assertions.catchThrowableOfType(
                io.cicallback.validate.CallbackRejectedException.class, () -> Fixtures.STRICT.readAs(body, format));
        assertThat(strict).isNotNull();
        assertThat(strict.errors()).allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.MISSING_EXPECTED_NODE));
        // What lenient mode accepts writes, and reads back equal in the same mode.
        var written = CallbackWriter.toJson(lenient.callback());
        assertThat(Fixtures.LENIENT.readAs(written.getBytes(java.nio.charset.StandardCharsets.UTF_8), WireFormat.JSON)
                .callback()).usingRecursiveComparison().isEqualTo(lenient.callback());
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void xmlAndJsonFormsGiveEqualModels(Path base) {
        var fromXml = Fixtures.readStrictCallback(base.resolveSibling(base.getFileName() + ".xml"));
        var fromJson = Fixtures.readStrictCallback(base.resolveSibling(base.getFileName() + ".json"));
        assertThat(fromJson).usingRecursiveComparison().isEqualTo(fromXml);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyConversionKeepsEveryValue(Path example) {
        var original = Fixtures.readStrictCallback(example);
        var viaJson = Fixtures.readStrictCallback(CallbackWriter.toJson(original), WireFormat.JSON);
        var viaXml = Fixtures.readStrictCallback(CallbackWriter.toXml(viaJson), WireFormat.XML);

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
