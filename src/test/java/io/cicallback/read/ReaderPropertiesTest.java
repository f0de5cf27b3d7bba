package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Exhaustive;
import io.cicallback.Fixtures;
import io.cicallback.RandomCallbacks;
import io.cicallback.value.WireFormat;
import io.cicallback.write.CallbackWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Two properties over generated input, as plain seeded JUnit tests: each run draws new seeds from one run seed
 * (pass {@code -Dcicallback.seed=N} to replay a failure, whose message names the seed).
 */
@Exhaustive
class ReaderPropertiesTest {

    private static final List<Path> SEEDS = Fixtures.filesIn(Fixtures.EXAMPLES);
    private static final long RUN_SEED = Long.getLong("cicallback.seed", System.nanoTime());

    @Test
    void randomValidCallbacksReadBackEqualThroughBothFormats() {
        forEachSeed(300, seed -> {
            var xml = RandomCallbacks.xml(new Random(seed));
            var model = Fixtures.readStrictCallback(xml, WireFormat.XML);

            var viaJson = Fixtures.readStrictCallback(CallbackWriter.toJson(model), WireFormat.JSON);
            var viaXml = Fixtures.readStrictCallback(CallbackWriter.toXml(model), WireFormat.XML);

            assertThat(viaJson).usingRecursiveComparison().isEqualTo(model);
            assertThat(viaXml).usingRecursiveComparison().isEqualTo(model);
        });
    }

    /** Whatever is accepted, in either mode, is written in both formats and read back equal in that mode. */
    @Test
    void mutatedDocumentsGiveAResultOrTheLibrarysExceptionAndWhatIsAcceptedReadsBack() {
        forEachSeed(1500, seed -> {
            var random = new Random(seed);
            var original = Fixtures.bytes(SEEDS.get(random.nextInt(SEEDS.size())));
            var mutated = mutate(original, random);
            for (var reader : new CallbackReader[] {Fixtures.STRICT, Fixtures.LENIENT}) {
                HostileClassesTest.read(reader, mutated,
                        io.cicallback.internal.detect.FormatDetector.detect(mutated, null).orElse(WireFormat.XML));
            }
        });
    }

    /** Runs a property once per seed; a failure names the seed that replays it. */
    static void forEachSeed(int tries, LongConsumer property) {
        var seeds = new Random(RUN_SEED);
        for (int i = 0; i < tries; i++) {
            long seed = seeds.nextLong();
            try {
                property.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failed for seed " + seed + " (try " + i + " of run seed " + RUN_SEED
                        + "; replay the run with -Dcicallback.seed=" + RUN_SEED + "): " + e.getMessage(), e);
            }
        }
    }

    /**
     * One to four random edits: flip, delete, duplicate or insert bytes, swap in a hostile snippet (huge
     * numbers, digit runs, control characters, markup), or truncate.
     */
    static byte[] mutate(byte[] input, Random random) {
        var text = new StringBuilder(new String(input, StandardCharsets.ISO_8859_1));
        String[] hostile = {"<", ">", "\"", "{", "}", "[", "]", ",", "&", "<!DOCTYPE x>", "<X>1</X>", "\"X\": 1,",
            "null", "-", "1e999", "1E+2147483647", "\u0000", "\u001b", "\\u0000", "\\ud800", "\\u001b[2J", "9".repeat(40),
            "4294967297", " ", "2022-02-30T10:00:00+0800", "+9999", "<Audio/>".repeat(50), "xsi:nil=\"true\""};
        for (int edits = 1 + random.nextInt(4); edits > 0 && text.length() > 1; edits--) {
            int at = random.nextInt(text.length());
            int span = 1 + random.nextInt(Math.min(40, text.length() - at));
            switch (random.nextInt(6)) {
                case 0 -> text.setCharAt(at, (char) random.nextInt(256));
                case 1 -> text.delete(at, at + span);
                case 2 -> text.insert(at, text.substring(at, at + span));
                case 3 -> text.insert(at, hostile[random.nextInt(hostile.length)]);
                case 4 -> text.replace(at, at + span, Long.toString(random.nextLong()));
                default -> text.setLength(at); // truncate
            }
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theMutatorChangesItsInput() {
        var original = Fixtures.bytes(SEEDS.get(0));
        assertThat(mutate(original, new Random(1))).isNotEqualTo(original);
    }

}
