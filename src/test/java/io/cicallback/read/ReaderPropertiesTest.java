package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import io.cicallback.RandomCallbacks;
import io.cicallback.detect.WireFormat;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.write.CallbackWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReaderPropertiesTest {

    private static final List<Path> SEEDS = Fixtures.filesIn(Fixtures.EXAMPLES);

    @Property(tries = 300)
    void randomValidCallbacksReadBackEqualThroughBothFormats(@ForAll("seeds") long seed) {
        var xml = RandomCallbacks.xml(new Random(seed));
        var model = Fixtures.readStrict(xml, WireFormat.XML);

        var viaJson = Fixtures.readStrict(CallbackWriter.toJson(model), WireFormat.JSON);
        var viaXml = Fixtures.readStrict(CallbackWriter.toXml(model), WireFormat.XML);

        assertThat(viaJson).usingRecursiveComparison().isEqualTo(model);
        assertThat(viaXml).usingRecursiveComparison().isEqualTo(model);
    }

    @Property(tries = 1000)
    void mutatedDocumentsGiveAResultOrTheLibrarysException(@ForAll("seeds") long seed) {
        var random = new Random(seed);
        var original = Fixtures.bytes(SEEDS.get(random.nextInt(SEEDS.size())));
        var mutated = mutate(original, random);
        for (var reader : new CallbackReader[] {Fixtures.STRICT, Fixtures.LENIENT}) {
            try {
                var result = reader.read(mutated, null);
                assertThat(result.callback().getJobs()).isNotEmpty();
            } catch (CallbackRejectedException e) {
                assertThat(e.errors()).isNotEmpty();
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** One to four random edits: flip, delete, duplicate or insert bytes, or swap in a hostile snippet. */
    static byte[] mutate(byte[] input, Random random) {
        var text = new StringBuilder(new String(input, StandardCharsets.ISO_8859_1));
        for (int edits = 1 + random.nextInt(4); edits > 0 && text.length() > 1; edits--) {
            int at = random.nextInt(text.length());
            int span = 1 + random.nextInt(Math.min(40, text.length() - at));
            switch (random.nextInt(6)) {
                case 0 -> text.setCharAt(at, (char) random.nextInt(256));
                case 1 -> text.delete(at, at + span);
                case 2 -> text.insert(at, text.substring(at, at + span));
                case 3 -> text.insert(at, new String[] {"<", ">", "\"", "{", "}", "[", "]", ",", "&", "<!DOCTYPE x>",
                        "<X>1</X>", "\"X\": 1,", "null", "-", "1e999", "\u0000"}[random.nextInt(16)]);
                case 4 -> text.replace(at, at + span, Long.toString(random.nextLong()));
                default -> text.setLength(at); // truncate
            }
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
