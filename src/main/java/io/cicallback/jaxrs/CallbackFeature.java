package io.cicallback.jaxrs;

import io.cicallback.read.CallbackReader;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Registers the callback reader, the rejection mapper and the reader-failure mapper with a Jakarta REST application:
 *
 * <pre>{@code
 * new ResourceConfig(CallbackResource.class).register(new CallbackFeature(CallbackReader.create().warmUp()));
 * }</pre>
 */
public final class CallbackFeature implements Feature {

    private final CallbackReader reader;

    /** A feature with a lenient reader and the default limits. */
    public CallbackFeature() {
        this(CallbackReader.create());
    }

    /** @param reader the reader resource methods' callbacks are read with */
    public CallbackFeature(CallbackReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new CallbackMessageBodyReader(reader));
        context.register(new CallbackRejectionMapper());
        context.register(new ReaderFailureMapper());
        return true;
    }
}
