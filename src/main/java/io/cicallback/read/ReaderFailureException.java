package io.cicallback.read;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The reader itself failed, not the body: a class missing or linked against the wrong version of a
 * dependency (a Jackson version mix, say), or a bug. It is never a finding about the body, so an endpoint
 * should answer it with a 5xx (Tencent may then deliver the callback again) and log it; the integrations
 * answer 500. {@link #getCause()} is the failure itself.
 */
public final class ReaderFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param failure what went wrong; wrappers that say nothing of their own ({@link CompletionException},
     *                {@link ExecutionException}, {@link ExceptionInInitializerError}) are taken off
     */
    public ReaderFailureException(Throwable failure) {
        super("the callback reader failed (not the body): " + unwrap(failure), unwrap(failure));
    }

    private static Throwable unwrap(Throwable failure) {
        var cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof ExceptionInInitializerError) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
