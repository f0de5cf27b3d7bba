package io.cicallback.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.cicallback.validate.InputLimits;
import java.io.CharConversionException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Jackson set up for untrusted JSON bodies: RFC 8259 only (no comments, single quotes, unquoted keys or
 * trailing content), and nesting, number length, key length and string length bounded while tokenising.
 * Duplicate keys are refused by whoever reads the tokens ({@code JsonWireReader} does, cheaper than the
 * parser's check).
 *
 * <p>Jackson decodes UTF-8 without checking it (an overlong {@code C0 AF} reads as {@code /}) and guesses
 * other encodings from zero bytes, so {@link #createParser} settles the encoding first, with the JDK's strict
 * decoders: UTF-8, or UTF-16 after its byte-order mark; anything else is refused.
 */
public final class StrictJson {

    /** The body read as longs, for the ASCII scan. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The high bit of every byte of a word: set in a byte that is not ASCII. */
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** One in every byte of a word: subtracted, it sets the high bit of a zero byte. */
    private static final long LOW_BITS = 0x0101010101010101L;
    /** Chars decoded at a time while checking UTF-8: the check keeps no copy of the body. */
    private static final int CHECK_CHUNK = 2048;

    private StrictJson() {
    }

    /**
     * @param limits the nesting, number, key and size bounds to enforce while parsing
     * @return a new factory; thread-safe once built, so build one per reader
     */
    public static JsonFactory factory(InputLimits limits) {
        return JsonFactory.builder()
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // A body of many distinct unknown keys would otherwise fill the JVM's string table. (Canonicalising
                // stays on: it keeps Jackson on its byte parser, and its cache is bounded and reset when large.)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxStringLength(limits.maxBodyBytes())
                        .maxDocumentLength(limits.maxBodyBytes())
                        .build())
                .build();
    }

    /**
     * Opens a parser on a body whose encoding has been checked whole: UTF-8 (with or without its byte-order
     * mark) holding no NUL byte, which JSON text never holds raw and from which Jackson would guess UTF-16 or
     * UTF-32; or UTF-16 after its byte-order mark, decoded strictly.
     *
     * @param factory a factory from {@link #factory}
     * @param body    the body
     * @return a parser over it
     * @throws CharConversionException when the body is not correctly encoded
     * @throws IOException             when the parser cannot be created
     */
    public static JsonParser createParser(JsonFactory factory, byte[] body) throws IOException {
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            return factory.createParser(decodeStrictly(body, StandardCharsets.UTF_16));
        }
        checkUtf8(body);
        return factory.createParser(body);
    }

    private static char[] decodeStrictly(byte[] body, Charset charset) throws CharConversionException {
        try {
            var chars = strictDecoder(charset).decode(ByteBuffer.wrap(body));
            var out = new char[chars.remaining()];
            chars.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new CharConversionException("the body is not valid " + charset.name());
        }
    }

    /**
     * ASCII, the common case, is checked by a scan, eight bytes at a time until a word holds a byte that is not
     * ASCII or is zero, then byte by byte; the strict decoder takes over at the first byte that is not ASCII.
     */
    private static void checkUtf8(byte[] body) throws CharConversionException {
        int asciiUpTo = 0;
        for (; asciiUpTo + Long.BYTES <= body.length; asciiUpTo += Long.BYTES) {
            long word = (long) LONGS.get(body, asciiUpTo);
            if ((word & HIGH_BITS) != 0 || ((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
                break;
            }
        }
        int firstNonAscii = -1;
        for (int i = asciiUpTo; i < body.length; i++) {
            byte b = body[i];
            if (b == 0) {
                throw new CharConversionException("the body holds a NUL byte (byte " + i
                        + "): JSON callbacks are UTF-8 text");
            }
            if (b < 0 && firstNonAscii < 0) {
                firstNonAscii = i;
            }
        }
        if (firstNonAscii < 0) {
            return;
        }
        var decoder = strictDecoder(StandardCharsets.UTF_8);
        var in = ByteBuffer.wrap(body, firstNonAscii, body.length - firstNonAscii);
        var out = CharBuffer.allocate(Math.min(body.length - firstNonAscii + 1, CHECK_CHUNK));
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new CharConversionException("the body is not valid UTF-8 (byte " + in.position() + ")");
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static java.nio.charset.CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
