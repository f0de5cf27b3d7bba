package io.cicallback.internal.detect;

import io.cicallback.value.WireFormat;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a body is XML or JSON, from its Content-Type header and its first significant byte.
 *
 * <p>Tencent does not document the Content-Type of JSON callbacks, and proxies rewrite headers, so the header
 * is a hint: it decides when it names XML or JSON and the content does not contradict it; otherwise the
 * content decides (after an optional UTF-8 or UTF-16 byte-order mark and whitespace: {@code <} is XML, <code>{</code> or
 * {@code [} is JSON).
 */
public final class FormatDetector {

    private FormatDetector() {
    }

    /**
     * @param body        the body's bytes
     * @param contentType the Content-Type header, or {@code null}
     * @return the format, or empty when neither the header nor the content tells
     */
    public static Optional<WireFormat> detect(byte[] body, String contentType) {
        var sniffed = sniff(body);
        var declared = fromContentType(contentType);
        if (sniffed.isPresent()) {
            return sniffed;
        }
        return declared;
    }

    /**
     * @param contentType a Content-Type header value, or {@code null}
     * @return the format it names, if any ({@code application/xml}, {@code text/xml}, {@code +xml},
     *         {@code application/json}, {@code +json})
     */
    public static Optional<WireFormat> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        var mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.endsWith("/xml") || mediaType.endsWith("+xml")) {
            return Optional.of(WireFormat.XML);
        }
        if (mediaType.endsWith("/json") || mediaType.endsWith("+json")) {
            return Optional.of(WireFormat.JSON);
        }
        return Optional.empty();
    }

    /**
     * @param body a body
     * @return the format its first significant character implies, if it implies one
     */
    public static Optional<WireFormat> sniff(byte[] body) {
        // After a byte-order mark, zero bytes are skipped too: that reads UTF-16 and UTF-32 text as well.
        for (int i = byteOrderMarkLength(body); i < body.length; i++) {
            switch (body[i]) {
                case ' ', '\t', '\r', '\n', 0 -> { }
                case '<' -> {
                    return Optional.of(WireFormat.XML);
                }
                case '{', '[' -> {
                    return Optional.of(WireFormat.JSON);
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static int byteOrderMarkLength(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            return 2;
        }
        return 0;
    }
}
