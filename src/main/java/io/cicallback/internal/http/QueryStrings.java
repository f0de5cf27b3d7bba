package io.cicallback.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a parameter from a request's query string alone. Servlet containers' {@code getParameter} also parses
 * a form-encoded body, which would read the callback before it is authenticated.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    /**
     * @param rawQuery the query string, percent-encoded, or {@code null}
     * @param name     the parameter's name
     * @return its first value that decodes, or {@code null} when there is none; a parameter whose name or value
     *         holds a malformed escape is passed over, so that it cannot hide the ones after it
     */
    public static String first(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (var pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            var key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name.equals(key)) {
                var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /** @return the text decoded, or {@code null} when it holds a malformed escape */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
