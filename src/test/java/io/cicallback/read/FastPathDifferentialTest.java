package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Exhaustive;
import io.cicallback.DeviantCallbacks;
import io.cicallback.Fixtures;
import io.cicallback.internal.detect.FormatDetector;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.Finding;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.ValidationMode;
import io.cicallback.value.WireFormat;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reader's fast path against the validators of record, on thousands of generated bodies per run: valid,
 * quirky and deviant callbacks ({@link DeviantCallbacks}) in both formats, and byte-level mutations of every
 * example, each read in both modes by the reader as users get it and by a reader whose every body goes
 * through the XSD validator or everit ({@code referencePath}) and is always pruned. Both must give the same
 * outcome, the same findings in the same order, and models equal field by field.
 *
 * <p>Seeded like {@link ReaderPropertiesTest}: {@code -Dcicallback.seed=N} replays a run.
 */
@Exhaustive
class FastPathDifferentialTest {

    private static final List<Path> EXAMPLES = Fixtures.filesIn(Fixtures.EXAMPLES);
    private static final Map<ValidationMode, CallbackReader> FAST = new EnumMap<>(Map.of(
            ValidationMode.STRICT, CallbackReader.builder().mode(ValidationMode.STRICT).build(),
            ValidationMode.LENIENT, CallbackReader.builder().mode(ValidationMode.LENIENT).build()));
    private static final Map<ValidationMode, CallbackReader> REFERENCE = new EnumMap<>(Map.of(
            ValidationMode.STRICT, CallbackReader.builder().mode(ValidationMode.STRICT).referencePath().build(),
            ValidationMode.LENIENT, CallbackReader.builder().mode(ValidationMode.LENIENT).referencePath().build()));

    /** What was seen across a run, so that the test shows it covered each class rather than assuming it. */
    private final Map<DeviantCallbacks.Kind, int[]> acceptedAndRejected = new EnumMap<>(DeviantCallbacks.Kind.class);
    private final Set<FindingKind> kindsSeen = EnumSet.noneOf(FindingKind.class);
    /** XML findings only the XSD validator raises on the reference path: out of sequence, text in a container. */
    private int textInContainer;
    private int reads;

    @Test
    void generatedCallbacksGiveTheSameOutcomeFindingsAndModelOnBothPaths() {
        ReaderPropertiesTest.forEachSeed(2500, seed -> {
            var generated = DeviantCallbacks.generate(new Random(seed));
            for (var format : WireFormat.values()) {
                var counts = acceptedAndRejected.computeIfAbsent(generated.kind(), kind -> new int[2]);
                for (var mode : ValidationMode.values()) {
                    counts[compare(generated.body(format), format, mode) ? 0 : 1]++;
                }
            }
        });
        ReaderPropertiesTest.forEachSeed(1000, seed -> {
            var random = new Random(seed);
            var mutated = ReaderPropertiesTest.mutate(Fixtures.bytes(EXAMPLES.get(random.nextInt(EXAMPLES.size()))), random);
            var format = FormatDetector.detect(mutated, null).orElse(WireFormat.XML);
            for (var mode : ValidationMode.values()) {
                compare(mutated, format, mode);
            }
        });

        assertThat(reads).isGreaterThanOrEqualTo(12_000);
        assertThat(acceptedAndRejected.get(DeviantCallbacks.Kind.VALID)[1]).as("valid callbacks rejected").isZero();
        assertThat(acceptedAndRejected.get(DeviantCallbacks.Kind.QUIRKY)[0]).as("quirky callbacks accepted").isPositive();
        var deviant = acceptedAndRejected.get(DeviantCallbacks.Kind.DEVIANT);
        assertThat(Math.min(deviant[0], deviant[1])).as("deviant callbacks accepted, rejected").isGreaterThan(100);
        // Text in a container is the XSD validator's finding, which the fast path raises itself; order is no one's.
        assertThat(kindsSeen).contains(FindingKind.STRUCTURE, FindingKind.UNKNOWN_NODE,
                FindingKind.UNKNOWN_VALUE, FindingKind.MALFORMED_VALUE, FindingKind.MISSING_NODE,
                FindingKind.NOT_WELL_FORMED).doesNotContain(FindingKind.ORDER);
        assertThat(textInContainer).as("XML bodies with text in a container").isGreaterThan(50);
    }

    /**
     * Every example of every job type and of WorkflowFinish, as sent and in the other format: the builder's
     * model is the reference binders' (JAXB's; databind's mapped), and every example is accepted.
     */
    @Test
    void everyExampleGivesTheSameModelOnBothPaths() {
        var examples = Fixtures.allExamples();
        int accepted = 0;
        for (var file : examples) {
            var body = Fixtures.bytes(file);
            var format = FormatDetector.detect(body, null).orElseThrow();
            for (var mode : ValidationMode.values()) {
                accepted += compare(body, format, mode) ? 1 : 0;
            }
            var result = read(FAST.get(ValidationMode.LENIENT), body, format);
            var other = format == WireFormat.XML ? WireFormat.JSON : WireFormat.XML;
            var converted = written(result.callback(), other);
            accepted += compare(converted, other, ValidationMode.LENIENT) ? 1 : 0;
            // The writer walks the grammar too: what it writes, in either format, the validators of record accept.
            assertThat(XML_VALIDATOR.validate(written(result.callback(), WireFormat.XML), ValidationMode.STRICT).findings())
                    .as("%s written as XML, by the XSD validator", file).isEmpty();
            assertThat(JSON_VALIDATOR.validate(written(result.callback(), WireFormat.JSON), ValidationMode.STRICT).findings())
                    .as("%s written as JSON, by everit", file).isEmpty();
        }
        assertThat(examples).hasSizeGreaterThan(100);
        assertThat(accepted).as("examples accepted on both paths").isEqualTo(examples.size() * 3);
        // Tencent's abridged samples: lenient mode reads them, strict mode refuses them, on both paths alike.
        var abridged = Fixtures.lenientExamples();
        int lenient = 0;
        for (var file : abridged) {
            var body = Fixtures.bytes(file);
            var format = FormatDetector.detect(body, null).orElseThrow();
            lenient += compare(body, format, ValidationMode.LENIENT) ? 1 : 0;
            compare(body, format, ValidationMode.STRICT);
        }
        assertThat(abridged).isNotEmpty();
        assertThat(lenient).as("abridged samples read leniently on both paths").isEqualTo(abridged.size());
    }

    private static final io.cicallback.validate.XmlCallbackValidator XML_VALIDATOR = new io.cicallback.validate.XmlCallbackValidator();
    private static final io.cicallback.validate.JsonCallbackValidator JSON_VALIDATOR = new io.cicallback.validate.JsonCallbackValidator();

    private static byte[] written(io.cicallback.model.Callback callback, WireFormat format) {
        return (format == WireFormat.XML ? io.cicallback.write.CallbackWriter.toXml(callback)
                : io.cicallback.write.CallbackWriter.toJson(callback)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return whether the body was accepted (by both paths: they must agree) */
    private boolean compare(byte[] body, WireFormat format, ValidationMode mode) {
        var fast = read(FAST.get(mode), body, format);
        var reference = read(REFERENCE.get(mode), body, format);
        reads += 2;
        var what = format + " " + mode + " body:\n" + new String(body, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fast.findings()).as("findings, " + what).containsExactlyElementsOf(reference.findings());
        assertThat(fast.callback() != null).as("accepted, " + what).isEqualTo(reference.callback() != null);
        if (reference.callback() != null) {
            assertThat(fast.callback()).as("model, " + what).usingRecursiveComparison().isEqualTo(reference.callback());
            assertThat(fast.callback()).as("model equality, " + what).isEqualTo(reference.callback());
        }
        reference.findings().forEach(finding -> kindsSeen.add(finding.kind()));
        if (format == WireFormat.XML) {
            var findings = reference.findings();
            textInContainer += findings.stream().anyMatch(finding -> finding.message().startsWith("text is not allowed")) ? 1 : 0;
        }
        return reference.callback() != null;
    }

    private record Outcome(io.cicallback.model.Callback callback, List<Finding> findings) {
    }

    private static Outcome read(CallbackReader reader, byte[] body, WireFormat format) {
        try {
            var result = reader.readAs(body, format);
            return new Outcome(result.callback(), result.findings());
        } catch (CallbackRejectedException e) {
            return new Outcome(null, e.findings());
        }
    }
}
