package io.cicallback.internal.parse;

import java.io.CharConversionException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks in one pass, without decoding, that a body is UTF-8 as the JDK's strict decoder takes it (the
 * well-formed sequences of the Unicode Standard, table 3-7: no overlong form, no surrogate, nothing above
 * U+10FFFF) and holds no NUL byte. Tencent's bodies are full of Chinese text, so the check cannot hand over to
 * a decoder at the first non-ASCII byte; runs of ASCII are still skipped eight bytes at a time. A test holds it
 * to the JDK's decoder on a generated corpus.
 */
final class Utf8Check {

    /** The body read as longs, for the ASCII runs. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The high bit of every byte of a word: set in a byte that is not ASCII. */
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** One in every byte of a word: subtracted, it sets the high bit of a zero byte. */
    private static final long LOW_BITS = 0x0101010101010101L;

    private Utf8Check() {
    }

    /**
     * @param body the bytes
     * @throws CharConversionException naming the first byte of the first sequence that is not UTF-8, or of a NUL
     */
    static void check(byte[] body) throws CharConversionException {
        int i = 0;
        int length = body.length;
        while (i < length) {
            if (i + Long.BYTES <= length) {
                long word = (long) LONGS.get(body, i);
                if ((word & HIGH_BITS) == 0 && ((word - LOW_BITS) & ~word & HIGH_BITS) == 0) {
                    i += Long.BYTES; // eight ASCII bytes, none of them zero
                    continue;
                }
            }
            int b = body[i] & 0xFF;
            if (b < 0x80) {
                if (b == 0) {
                    throw new CharConversionException("the body holds a NUL byte (byte " + i
                            + "): JSON callbacks are UTF-8 text");
                }
                i++;
                continue;
            }
            int end = i + sequenceLength(body, i, b);
            if (end == i) {
                throw new CharConversionException("the body is not valid UTF-8 (byte " + i + ")");
            }
            i = end;
        }
    }

    /** @return the length of the well-formed sequence starting with lead byte {@code b} at {@code i}, or 0 */
    private static int sequenceLength(byte[] body, int i, int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            return continuation(body, i + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            int low = b == 0xE0 ? 0xA0 : 0x80; // no overlong form
            int high = b == 0xED ? 0x9F : 0xBF; // no surrogate
            return continuation(body, i + 1, low, high) && continuation(body, i + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            int low = b == 0xF0 ? 0x90 : 0x80; // no overlong form
            int high = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            return continuation(body, i + 1, low, high) && continuation(body, i + 2, 0x80, 0xBF)
                    && continuation(body, i + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continuation(byte[] body, int at, int low, int high) {
        if (at >= body.length) {
            return false;
        }
        int b = body[at] & 0xFF;
        return b >= low && b <= high;
    }
}
