package io.cicallback.spring;

import io.cicallback.SecretContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The Spring Boot application of {@link SpringBootAppIT} with {@code ci-callback.secrets} set to two secrets,
 * as while rotating: a callback carrying either is read; any other request is refused with 403 before its
 * body is read, even beside the application's catch-all advice.
 */
class SpringBootSecretIT {

    private static final String CURRENT = "k3Jx9_Lq2v-Wm8Zt4Yp7";
    private static final String PREVIOUS = "old.secret~0123456789";

    @Test
    void callbacksNeedTheSecret() throws Exception {
        try (var context = new SpringApplicationBuilder(SpringBootAppIT.App.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "ci-callback.secrets=" + CURRENT + "," + PREVIOUS).run()) {
            var contract = new SecretContract(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
            contract.acceptsEachSecretAndRefusesTheRest(CURRENT, PREVIOUS);
            contract.refusesBeforeReadingTheBody();
        }
    }
}
