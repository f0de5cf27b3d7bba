package io.cicallback.read;

import io.cicallback.Exhaustive;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cicallback.CallbackBodies;
import io.cicallback.value.WireFormat;
import io.cicallback.validate.ValidationMode;
import java.util.Random;

/**
 * Coverage-guided fuzzing of the reader: any body must give a result or a {@link
 * io.cicallback.validate.CallbackRejectedException}, never another exception, an error or a hang, and what is
 * accepted must be written in both formats and read back equal (the checks of {@link HostileClassesTest#read}).
 *
 * <p>In the test suite each target replays its seeds ({@code src/test/resources/io/cicallback/read/ReaderFuzzTestInputs/})
 * and whatever Jazzer found before. To fuzz for the annotation's duration:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest}.
 */
@Exhaustive
class ReaderFuzzTest {

    private static final CallbackReader STRICT = CallbackReader.builder().mode(ValidationMode.STRICT).build();
    private static final CallbackReader LENIENT = CallbackReader.create();
    private static final java.util.List<CallbackBodies.Leaf> LEAVES = CallbackBodies.leaves();

    /** Whole bodies, as bytes. */
    @FuzzTest(maxDuration = "2m")
    void fuzzRead(byte[] body) {
        var format = io.cicallback.internal.detect.FormatDetector.detect(body, null).orElse(WireFormat.XML);
        for (var reader : new CallbackReader[] {STRICT, LENIENT}) {
            HostileClassesTest.read(reader, body, format);
        }
    }

    /**
     * One leaf of a valid callback, any position the schema has, given fuzzed text or a fuzzed JSON number
     * token: where numbers, times and text go wrong.
     */
    @FuzzTest(maxDuration = "2m")
    void fuzzLeafValue(FuzzedDataProvider data) {
        var leaf = LEAVES.get(data.consumeInt(0, LEAVES.size() - 1));
        var format = data.consumeBoolean() ? WireFormat.XML : WireFormat.JSON;
        var asNumberToken = format == WireFormat.JSON && data.consumeBoolean();
        var text = data.consumeRemainingAsString();
        var full = CallbackBodies.full(new Random(leaf.path().hashCode()));
        var value = asNumberToken ? CallbackBodies.rawJson(text) : JsonNodeFactory.instance.textNode(text);
        var body = CallbackBodies.write(CallbackBodies.with(full, leaf, value), format);
        for (var reader : new CallbackReader[] {STRICT, LENIENT}) {
            HostileClassesTest.read(reader, body, format);
        }
    }
}
