package io.cicallback.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shared secret a callback must carry to be read: Tencent signs nothing, so the callback URL you configure
 * is the one secret you control. Configure it as a query parameter of that URL, e.g.
 * {@code https://example.com/callbacks?secret=…}; the integrations then refuse (403) any request without a
 * secret accepted here, before reading its body, and never log the secret.
 *
 * <pre>{@code
 * var secrets = CallbackSecrets.of(System.getenv("CI_CALLBACK_SECRET"));       // one
 * var rotating = CallbackSecrets.of(newSecret, oldSecret);                     // two while you rotate
 * }</pre>
 *
 * <p>To rotate: add the new secret beside the old one, change the callback URL at Tencent (queue and job
 * templates), wait until jobs submitted with the old URL have ended, then remove the old secret. A secret in a
 * URL can leak through logs of proxies on the way; the stronger check is to query the job by its
 * {@code JobId} with a signed request to Tencent's API and act on what Tencent answers, not on the callback.
 *
 * <p>Secrets are compared in constant time. Immutable and thread-safe.
 */
public final class CallbackSecrets {

    /** The query parameter the secret is carried in unless told otherwise. */
    public static final String DEFAULT_PARAMETER = "secret";
    /** Shorter secrets can be guessed. */
    public static final int MIN_LENGTH = 16;
    /** Characters that stay as they are in a URL, so the secret is the same in Tencent's console and here. */
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final CallbackSecrets NONE = new CallbackSecrets(List.of(), DEFAULT_PARAMETER);

    private final List<byte[]> digests;
    private final String parameter;

    private CallbackSecrets(List<byte[]> digests, String parameter) {
        this.digests = digests;
        this.parameter = parameter;
    }

    /** @return no secret: every callback is read, from whoever sends it */
    public static CallbackSecrets none() {
        return NONE;
    }

    /**
     * @param secrets the secrets accepted, one, or two while rotating; each at least {@value #MIN_LENGTH}
     *                characters of {@code A-Z a-z 0-9 . _ ~ -}
     * @return the secrets, carried in the query parameter {@value #DEFAULT_PARAMETER}
     * @throws IllegalArgumentException when none is given, or one is short or not URL-safe
     */
    public static CallbackSecrets of(String... secrets) {
        if (secrets.length == 0) {
            throw new IllegalArgumentException("no secret given; use CallbackSecrets.none() to read every callback");
        }
        var digests = new ArrayList<byte[]>();
        for (var secret : secrets) {
            Objects.requireNonNull(secret, "secret");
            if (secret.length() < MIN_LENGTH || !URL_SAFE.matcher(secret).matches()) {
                throw new IllegalArgumentException("a callback secret has at least " + MIN_LENGTH
                        + " characters of A-Z a-z 0-9 . _ ~ - (generate one with CallbackSecrets.generate())");
            }
            digests.add(digest(secret));
        }
        return new CallbackSecrets(List.copyOf(digests), DEFAULT_PARAMETER);
    }

    /**
     * @param name the query parameter that carries the secret
     * @return these secrets, carried in that parameter
     */
    public CallbackSecrets inParameter(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("the secret's parameter needs a name");
        }
        return new CallbackSecrets(digests, name);
    }

    /** @return a new random secret of 32 URL-safe characters, from a {@link SecureRandom} */
    public static String generate() {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var random = new SecureRandom();
        var out = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** @return whether a secret is required, i.e. any was configured */
    public boolean required() {
        return !digests.isEmpty();
    }

    /** @return the query parameter that carries the secret */
    public String parameter() {
        return parameter;
    }

    /**
     * @param presented the secret a request carried, or {@code null}
     * @return whether it is one of the secrets, or none is required; in time that does not depend on how
     *         much of it matches
     */
    public boolean accepts(String presented) {
        if (!required()) {
            return true;
        }
        if (presented == null) {
            return false;
        }
        var digest = digest(presented);
        boolean accepted = false;
        for (var expected : digests) { // every one, whichever matches
            accepted |= MessageDigest.isEqual(expected, digest);
        }
        return accepted;
    }

    /**
     * @param rawQuery a request's query string, still percent-encoded, or {@code null}
     * @return whether it carries an accepted secret (or none is required); the body is not involved
     */
    public boolean acceptsQuery(String rawQuery) {
        return accepts(io.cicallback.internal.http.QueryStrings.first(rawQuery, parameter));
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return required() ? digests.size() + " secret(s) in query parameter '" + parameter + "'" : "no secret";
    }
}
