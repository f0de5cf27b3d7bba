package io.cicallback.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.cicallback.validate.InputLimits;

/**
 * Jackson set up for untrusted JSON bodies: RFC 8259 only (no comments, single quotes, unquoted keys or
 * trailing content), and nesting, number length and string length bounded while tokenising. Duplicate keys
 * are refused by whoever reads the tokens ({@code JsonWireReader} does, cheaper than the parser's check).
 */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * @param limits the nesting, number and size bounds to enforce while parsing
     * @return a new factory; thread-safe once built, so build one per reader
     */
    public static JsonFactory factory(InputLimits limits) {
        return JsonFactory.builder()
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // A body of many distinct unknown keys would otherwise fill the JVM's string table. (Canonicalising
                // stays on: without it Jackson reads bytes through a decoder that replaces invalid UTF-8.)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxStringLength(limits.maxBodyBytes())
                        .maxDocumentLength(limits.maxBodyBytes())
                        .build())
                .build();
    }
}
