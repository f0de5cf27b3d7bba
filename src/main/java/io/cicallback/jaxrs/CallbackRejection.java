package io.cicallback.jaxrs;

import io.cicallback.validate.CallbackRejectedException;

/**
 * Carries a {@link CallbackRejectedException} out of {@link CallbackMessageBodyReader} (which may throw only
 * unchecked exceptions) to {@link CallbackRejectionMapper}.
 */
public final class CallbackRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param cause why the body was rejected */
    public CallbackRejection(CallbackRejectedException cause) {
        super(cause.getMessage(), cause, false, false);
    }

    /** @return why the body was rejected, with every finding */
    public CallbackRejectedException rejection() {
        return (CallbackRejectedException) getCause();
    }
}
