package io.cicallback.readme.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.jaxrs.CallbackFeature;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.CallbackSecrets;
import io.cicallback.readme.ReadmeEndpoints;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The README's Jakarta REST resource and its secret, on a real Jersey server: every fixture posted. */
class ReadmeJaxrsTest {

    static ResourceConfig application(String callbackSecret) {
        // tag::jaxrs-application[]
        var secrets = CallbackSecrets.of(callbackSecret);              // e.g. System.getenv("CALLBACK_SECRET")
        var application = new ResourceConfig(CallbackResource.class)
                .register(new CallbackFeature(CallbackReader.create().warmUp(), secrets));
        // end::jaxrs-application[]
        return application;
    }

    @Test
    void theResourceAnswersEveryFixture() throws Exception {
        var secret = CallbackSecrets.generate();
        var server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application(secret));
        try {
            ReadmeEndpoints.answerEveryFixture("http://127.0.0.1:" + server.getAddress().getPort() + "/callbacks", secret);
            assertThat(CallbackResource.STORED).isNotEmpty();
        } finally {
            server.stop(0);
        }
    }
}
