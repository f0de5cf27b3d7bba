package io.cicallback;

import io.cicallback.detect.WireFormat;
import java.util.List;

/** Opens {@link LeafValues} to tests in other packages. */
public final class LeafValuesAccess {

    private LeafValuesAccess() {
    }

    public static List<String> of(String document, WireFormat format) {
        return LeafValues.of(document, format);
    }
}
