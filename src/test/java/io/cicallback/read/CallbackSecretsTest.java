package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cicallback.internal.http.SecretRefused;
import org.junit.jupiter.api.Test;

/** The callback secret: which requests carry it, rotation, and what is refused as a secret. */
class CallbackSecretsTest {

    private static final String CURRENT = "k3Jx9_Lq2v-Wm8Zt4Yp7";
    private static final String PREVIOUS = "old.secret~0123456789";

    @Test
    void aQueryCarriesTheSecretOrNot() {
        var secrets = CallbackSecrets.of(CURRENT);
        assertThat(secrets.acceptsQuery("secret=" + CURRENT)).isTrue();
        assertThat(secrets.acceptsQuery("a=1&secret=" + CURRENT + "&b=2")).isTrue();
        assertThat(secrets.acceptsQuery("secret=" + CURRENT.replace("k", "%6B"))).as("percent-encoded").isTrue();
        for (var query : new String[] {null, "", "secret", "secret=", "secret=" + CURRENT + "x", "Secret=" + CURRENT,
            "secret=" + CURRENT.substring(1), "x=" + CURRENT, "secret=%zz"}) {
            assertThat(secrets.acceptsQuery(query)).as(String.valueOf(query)).isFalse();
        }
        assertThat(secrets.inParameter("token").acceptsQuery("token=" + CURRENT)).isTrue();
        assertThat(secrets.inParameter("token").acceptsQuery("secret=" + CURRENT)).isFalse();
    }

    /**
     * Parameters that cannot be decoded (a malformed escape in a name or a value, a bare {@code %}) are passed
     * over wherever they stand: the secret after them is found, and none of them is taken for it.
     */
    @Test
    void undecodableParametersNeitherHideNorForgeTheSecret() {
        var secrets = CallbackSecrets.of(CURRENT);
        var junk = new String[] {"%zz=1", "a=%zz", "%=x", "secret=%zz", "secret=%", "secret=%4", "%73ecret=%G1", "=",
            "&", "x%=%%", "secret=" + CURRENT + "%zz", "%e4%b8=1", "a=%e4%b8%ad"};
        var random = new java.util.Random(Long.getLong("cicallback.seed", 20261206L));
        for (int i = 0; i < 2_000; i++) {
            var parameters = new java.util.ArrayList<String>();
            for (int n = random.nextInt(5); n > 0; n--) {
                parameters.add(junk[random.nextInt(junk.length)]);
            }
            var without = String.join("&", parameters);
            assertThat(secrets.acceptsQuery(without)).as(without).isFalse();
            parameters.add(random.nextInt(parameters.size() + 1), "secret=" + CURRENT);
            var with = String.join("&", parameters);
            assertThat(secrets.acceptsQuery(with)).as(with).isTrue();
        }
    }

    @Test
    void twoSecretsAreAcceptedWhileRotating() {
        var rotating = CallbackSecrets.of(CURRENT, PREVIOUS);
        assertThat(rotating.accepts(CURRENT)).isTrue();
        assertThat(rotating.accepts(PREVIOUS)).isTrue();
        assertThat(rotating.accepts("neither-of-the-two-secrets")).isFalse();
        assertThat(rotating.toString()).doesNotContain(CURRENT).doesNotContain(PREVIOUS);
    }

    @Test
    void withoutSecretsEveryRequestIsReadAndWeakSecretsAreRefused() {
        assertThat(CallbackSecrets.none().required()).isFalse();
        assertThat(CallbackSecrets.none().acceptsQuery(null)).isTrue();
        assertThatThrownBy(() -> CallbackSecrets.of("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallbackSecrets.of("sixteen chars but spaces")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(CallbackSecrets::of).isInstanceOf(IllegalArgumentException.class);
        var generated = CallbackSecrets.generate();
        assertThat(generated).matches("[A-Za-z0-9_-]{32}").isNotEqualTo(CallbackSecrets.generate());
        assertThat(CallbackSecrets.of(generated).accepts(generated)).isTrue();
    }

    @Test
    void aRefusalNamesThePathNeverTheSecret() {
        var refusal = new SecretRefused("POST", "/callbacks", "secret");
        assertThat(refusal.getMessage()).isEqualTo("callback refused: no accepted secret in query parameter 'secret'"
                + " (POST /callbacks)");
    }
}
