package io.cicallback.jaxrs;

import io.cicallback.SecretContract;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.CallbackSecrets;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * The Jersey resource of {@link JerseyServerTest} behind a {@link CallbackFeature} given two secrets, as while
 * rotating: a callback carrying either is read; any other request is refused with 403 before its body is
 * read.
 */
class JerseySecretTest {

    private static final String CURRENT = "k3Jx9_Lq2v-Wm8Zt4Yp7";
    private static final String PREVIOUS = "old.secret~0123456789";

    @Test
    void callbacksNeedTheSecret() throws Exception {
        var config = new ResourceConfig(JerseyServerTest.CallbackResource.class)
                .register(new CallbackFeature(CallbackReader.create(), CallbackSecrets.of(CURRENT, PREVIOUS)));
        var server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
        try {
            var contract = new SecretContract(server.getAddress().getPort());
            contract.acceptsEachSecretAndRefusesTheRest(CURRENT, PREVIOUS);
            contract.refusesBeforeReadingTheBody();
        } finally {
            server.stop(0);
        }
    }
}
