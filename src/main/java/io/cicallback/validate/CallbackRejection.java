package io.cicallback.validate;


/**
 * The unchecked form of {@link CallbackRejectedException}, for framework extension points that cannot throw a
 * checked one: the Jakarta REST message body reader and the Spring message converter throw it, and their
 * handlers answer it with 400 and the findings. Handle it yourself to answer differently.
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
