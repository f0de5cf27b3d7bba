package io.cicallback.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.EndpointContract;
import io.cicallback.Fixtures;
import io.cicallback.SecretContract;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.ReadResult;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import reactor.core.publisher.Mono;

/**
 * A Spring WebFlux application as a user writes it, on Netty on a random loopback port, with the same contract
 * as the servlet stack: every example is accepted whatever Content-Type it comes with, every must-reject
 * file gets what the reader decides (400 with a problem body) even beside a catch-all advice, callbacks are
 * read off the event loop, and with secrets configured a request without one is refused before its body is
 * read.
 */
class WebFluxAppIT {

    /** The application: a controller of a dozen lines. */
    @SpringBootApplication
    @RestController
    static class App {
        @PostMapping("/callbacks")
        Mono<String> receive(@RequestBody TaskFinishCallback callback) {
            return Mono.just(callback.getJobs().get(0).getJobId());
        }

        @PostMapping("/callbacks/any")
        Mono<String> receiveAny(@RequestBody io.cicallback.model.Callback callback) {
            return Mono.just(callback.getEventName() + " " + callback.deduplicationKey());
        }

        @PostMapping("/callbacks/with-findings")
        String receiveResult(ReadResult result) {
            return result.format() + " " + result.findings().size();
        }

        @PostMapping("/callbacks/thread")
        String thread(@RequestBody TaskFinishCallback callback) {
            return Thread.currentThread().getName();
        }
    }

    /** A catch-all many services have: it must not answer what the library answers. */
    @RestControllerAdvice
    static class CatchAllAdvice {
        @ExceptionHandler(Exception.class)
        ResponseEntity<Map<String, String>> any(Exception e) {
            return ResponseEntity.internalServerError().body(Map.of("error", e.getClass().getSimpleName()));
        }
    }

    private static ConfigurableApplicationContext context;
    private static String base;

    @BeforeAll
    static void start() {
        context = app();
        base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static ConfigurableApplicationContext app(String... properties) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.REACTIVE)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .properties(properties).run();
    }

    @Test
    void itIsAReactiveApplicationOnNetty() {
        assertThat(context.getBean(org.springframework.web.reactive.DispatcherHandler.class)).isNotNull();
        assertThat(context.getEnvironment().getProperty("local.server.port")).isNotNull();
        assertThat(Thread.getAllStackTraces().keySet()).anyMatch(t -> t.getName().startsWith("reactor-http"));
    }

    @Test
    void everyExampleIsAcceptedWhateverTheContentTypeAndEveryMustRejectFileAsTheReaderDecides() throws Exception {
        new EndpointContract(base).holdsForEveryExampleAndMustRejectFile();
    }

    @Test
    void eitherEventIsTakenWhereACallbackIsTaken() throws Exception {
        new EndpointContract(base).takesEitherEventWhereACallbackIsTaken();
    }

    @Test
    void callbacksAreReadOffTheEventLoop() throws Exception {
        var response = new EndpointContract(base).post("/callbacks/thread", Fixtures.EXAMPLES.resolve("doc-en-job.xml"),
                "application/xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("boundedElastic");
    }

    @Test
    void withSecretsConfiguredCallbacksNeedOne() throws Exception {
        var current = "k3Jx9_Lq2v-Wm8Zt4Yp7";
        var previous = "old.secret~0123456789";
        try (var secured = app("ci-callback.secrets=" + current + "," + previous)) {
            var contract = new SecretContract(Integer.parseInt(secured.getEnvironment().getProperty("local.server.port")));
            contract.acceptsEachSecretAndRefusesTheRest(current, previous);
            contract.refusesBeforeReadingTheBody();
        }
    }
}
