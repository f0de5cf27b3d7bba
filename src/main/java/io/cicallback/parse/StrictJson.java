package io.cicallback.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Jackson set up for untrusted JSON bodies: RFC 8259 only (no comments, single quotes, unquoted keys or
 * trailing content), duplicate keys refused, nesting bounded, and decimals read exactly so that
 * {@code 128.147000} keeps its trailing zeros.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * @param limits the nesting and size bounds to enforce while parsing
     * @return a new mapper; thread-safe once built, so build one per reader
     */
    public static ObjectMapper mapper(InputLimits limits) {
        var factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxBodyBytes())
                        .maxDocumentLength(limits.maxBodyBytes())
                        .build())
                .build();
        return JsonMapper.builder(factory)
                // Jackson strips 128.147000 to 128.147 in trees unless told not to.
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
