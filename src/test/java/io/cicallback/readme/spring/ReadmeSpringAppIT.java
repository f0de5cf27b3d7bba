package io.cicallback.readme.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.read.CallbackSecrets;
import io.cicallback.readme.ReadmeEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The README's Spring controller and secret property in a Spring Boot application on a loopback port, with
 * nothing but what the README says: every fixture posted.
 */
class ReadmeSpringAppIT {

    @SpringBootApplication
    static class App {
    }

    @Test
    void aMisspeltSettingStopsTheApplicationNamingTheKey() {
        var failure = org.assertj.core.api.Assertions.catchThrowable(() -> new SpringApplicationBuilder(App.class)
                .properties("ci-callback.max-body-byte=1024", "server.port=0", "server.address=127.0.0.1",
                        "spring.main.banner-mode=off")
                .run().close());
        assertThat(failure).isNotNull();
        var causes = new StringBuilder();
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            causes.append(cause.getMessage()).append('\n');
        }
        assertThat(causes.toString()).contains("max-body-byte");
    }

    @Test
    void theControllerAnswersEveryFixture() throws Exception {
        var secret = CallbackSecrets.generate();
        try (var context = new SpringApplicationBuilder(App.class)
                .properties("spring.config.location=classpath:/io/cicallback/readme/spring-secrets.properties",
                        "CALLBACK_SECRET=" + secret, "server.port=0", "server.address=127.0.0.1",
                        "spring.main.banner-mode=off")
                .run()) {
            var port = context.getEnvironment().getProperty("local.server.port");
            ReadmeEndpoints.answerEveryFixture("http://127.0.0.1:" + port + "/callbacks", secret);
            assertThat(CallbackController.DONE).isNotEmpty();
        }
    }
}
