package io.cicallback.internal.parse;

import java.io.IOException;

/** The body grew past {@link InputLimits#maxBodyBytes()} while being read. */
public final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param limit the limit that was exceeded */
    public BodyTooLargeException(int limit) {
        super("body is larger than the limit of " + limit + " bytes");
    }
}
