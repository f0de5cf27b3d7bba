package io.cicallback.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.CharConversionException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass UTF-8 check agrees with the JDK's strict decoder (plus the refusal of NUL) on every body of a
 * generated corpus: valid text of every length class of sequence, and the same text cut, with bytes replaced
 * by the lead, continuation and boundary bytes where encoders and decoders disagree (overlong forms, surrogates,
 * code points above U+10FFFF, truncated sequences), at every alignment of the eight-byte ASCII scan.
 */
class Utf8CheckTest {

    private static final long SEED = Long.getLong("cicallback.seed", 20261207L);
    /** Bytes at the edges of table 3-7 of the Unicode Standard. */
    private static final int[] EDGES = {0x00, 0x01, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
        0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

    @Test
    void agreesWithTheJdksStrictDecoderOnAGeneratedCorpus() {
        var random = new Random(SEED);
        int accepted = 0;
        int refused = 0;
        for (int n = 0; n < 200_000; n++) {
            var body = body(random);
            boolean jdk = jdkAccepts(body);
            boolean ours = accepts(body);
            assertThat(ours).as("body %s", java.util.HexFormat.of().formatHex(body)).isEqualTo(jdk);
            if (ours) {
                accepted++;
            } else {
                refused++;
            }
        }
        // Both outcomes are well represented, so the agreement says something.
        assertThat(accepted).isGreaterThan(40_000);
        assertThat(refused).isGreaterThan(40_000);
    }

    @Test
    void namesTheFirstByteThatIsNotUtf8() {
        var body = "{\"a\":\"数据万象\"}".getBytes(StandardCharsets.UTF_8);
        body[9] = (byte) 0xC0; // the second character's lead byte: an overlong form's
        assertThat(refusal(body)).isEqualTo("the body is not valid UTF-8 (byte 9)");
        body[9] = (byte) 0xE6;
        body[8] = (byte) 0x41; // the first character cut short: named by its first byte
        assertThat(refusal(body)).isEqualTo("the body is not valid UTF-8 (byte 6)");
        assertThat(refusal("{\"a\":\"x\u0000\"}".getBytes(StandardCharsets.UTF_8)))
                .startsWith("the body holds a NUL byte (byte 7)");
    }

    private static byte[] body(Random random) {
        var text = new StringBuilder();
        int chars = random.nextInt(24);
        for (int i = 0; i < chars; i++) {
            int kind = random.nextInt(5);
            int codePoint = switch (kind) {
                case 0 -> 0x01 + random.nextInt(0x7F);
                case 1 -> 0x80 + random.nextInt(0x800 - 0x80);
                case 2 -> 0x4E00 + random.nextInt(0x5000); // CJK, as in Tencent's bodies
                case 3 -> 0xE000 + random.nextInt(0x2000);
                default -> 0x10000 + random.nextInt(0x100000);
            };
            text.appendCodePoint(codePoint);
        }
        var bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int mutations = random.nextInt(3);
        if (bytes.length > 0) {
            for (int m = 0; m < mutations; m++) {
                bytes[random.nextInt(bytes.length)] = (byte) EDGES[random.nextInt(EDGES.length)];
            }
            if (random.nextInt(6) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)); // cut anywhere
            }
        }
        return bytes;
    }

    private static boolean jdkAccepts(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean accepts(byte[] body) {
        return refusal(body) == null;
    }

    private static String refusal(byte[] body) {
        try {
            Utf8Check.check(body);
            return null;
        } catch (CharConversionException e) {
            return e.getMessage();
        }
    }
}
