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
     * @return its first value, decoded, or {@code null} when absent or not decodable
     */
    public static String first(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (var pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            var key = equals < 0 ? pair : pair.substring(0, equals);
            try {
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                return null; // a malformed escape: no secret
            }
        }
        return null;
    }
}
