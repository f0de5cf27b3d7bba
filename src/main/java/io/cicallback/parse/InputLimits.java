package io.cicallback.parse;

/**
 * Bounds on untrusted input, enforced while reading rather than after.
 *
 * @param maxBodyBytes largest body accepted, in bytes
 * @param maxDepth     deepest element or value nesting accepted; the callback itself is 7 levels deep
 */
public record InputLimits(int maxBodyBytes, int maxDepth) {

    /** 4 MiB: a callback with a thousand streams is about 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
    /** Well above the callback's own depth, far below what exhausts a stack. */
    public static final int DEFAULT_MAX_DEPTH = 32;

    public InputLimits {
        if (maxBodyBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return the default limits */
    public static InputLimits defaults() {
        return new InputLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DEPTH);
    }
}
