package io.cicallback.internal.http;

/**
 * A request came without an accepted callback secret; thrown before its body is read, answered 403 by the
 * integrations. Its message names the method and path, never the query string that would hold a secret.
 */
public final class SecretRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param method    the request's method
     * @param path      the request's path, without its query string
     * @param parameter the query parameter the secret belongs in
     */
    public SecretRefused(String method, String path, String parameter) {
        super("callback refused: no accepted secret in query parameter '" + parameter + "' (" + method + " " + path + ")",
                null, false, false);
    }
}
