package io.cicallback.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.cicallback.validate.InputLimits;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.ByteBuffer;
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
 * other encodings from zero bytes, so {@link #createParser} settles the encoding first: UTF-8, checked in one
 * pass as the JDK's strict decoder takes it ({@link Utf8Check}), or UTF-16 after its byte-order mark, decoded
 * strictly; anything else is refused.
 */
public final class StrictJson {

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
        Utf8Check.check(body);
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

    private static java.nio.charset.CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
