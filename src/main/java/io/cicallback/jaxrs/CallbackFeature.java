package io.cicallback.jaxrs;

import io.cicallback.read.CallbackReader;
import io.cicallback.read.CallbackSecrets;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Registers the callback reader, the rejection mapper and the reader-failure mapper with a Jakarta REST
 * application, and, given secrets, the check that refuses requests without one before their body is read:
 *
 * <pre>{@code
 * var secrets = CallbackSecrets.of(System.getenv("CI_CALLBACK_SECRET"));
 * new ResourceConfig(CallbackResource.class).register(new CallbackFeature(CallbackReader.create().warmUp(), secrets));
 * }</pre>
 */
public final class CallbackFeature implements Feature {

    private static final System.Logger LOG = System.getLogger(CallbackFeature.class.getName());

    private final CallbackReader reader;
    private final CallbackSecrets secrets;

    /** A feature with a lenient reader and the default limits, reading callbacks from whoever sends them. */
    public CallbackFeature() {
        this(CallbackReader.create());
    }

    /** @param reader the reader resource methods' callbacks are read with; callbacks from whoever sends them */
    public CallbackFeature(CallbackReader reader) {
        this(reader, CallbackSecrets.none());
    }

    /**
     * @param reader  the reader resource methods' callbacks are read with
     * @param secrets the secrets a callback request must carry in its query string
     */
    public CallbackFeature(CallbackReader reader, CallbackSecrets secrets) {
        this.reader = reader;
        this.secrets = secrets;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new CallbackMessageBodyReader(reader));
        context.register(new CallbackRejectionMapper());
        context.register(new ReaderFailureMapper());
        if (secrets.required()) {
            context.register(new CallbackSecretFilter.Binding(secrets));
        } else {
            LOG.log(System.Logger.Level.WARNING, "ci-callback: no callback secret is configured, so callbacks are read"
                    + " from whoever posts them; pass CallbackSecrets to CallbackFeature");
        }
        return true;
    }
}
