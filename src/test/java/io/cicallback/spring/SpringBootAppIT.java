package io.cicallback.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.EndpointContract;
import io.cicallback.Fixtures;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.ReadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot application as a user writes it, on a random loopback port, with spring-boot-starter-test (and
 * so android-json) on the classpath and the library jar as users get it: every example is accepted whatever
 * Content-Type it comes with, every must-reject file gets what the reader decides (400 with a problem body
 * naming the same first error) even beside the application's own catch-all advice, and {@code send} posts to
 * it.
 */
class SpringBootAppIT {

    /** The application: one controller of a dozen lines. */
    @SpringBootApplication
    @RestController
    static class App {
        @PostMapping("/callbacks")
        String receive(@RequestBody TaskFinishCallback callback) {
            return callback.getJobs().get(0).getJobId();
        }

        @PostMapping("/callbacks/any")
        String receiveAny(@RequestBody io.cicallback.model.Callback callback) {
            return callback.getEventName() + " " + callback.deduplicationKey();
        }

        @PostMapping("/callbacks/with-findings")
        String receiveResult(@RequestBody ReadResult result) {
            return result.format() + " " + result.findings().size();
        }
    }

    /** A catch-all many services have: it must not answer what the library answers. */
    @org.springframework.web.bind.annotation.RestControllerAdvice
    static class CatchAllAdvice {
        @org.springframework.web.bind.annotation.ExceptionHandler(Exception.class)
        org.springframework.http.ResponseEntity<java.util.Map<String, String>> any(Exception e) {
            return org.springframework.http.ResponseEntity.internalServerError()
                    .body(java.util.Map.of("error", e.getClass().getSimpleName()));
        }
    }

    private static ConfigurableApplicationContext context;
    private static String base;

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(App.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .run();
        base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theLibraryJarIsTheRelocatedOneAndAndroidJsonIsOnTheClasspath() throws Exception {
        assertThat(Class.forName("io.cicallback.internal.shaded.everit.Schema")).isNotNull();
        assertThat(System.getProperty("java.class.path")).as("spring-boot-starter-test brings android-json")
                .contains("android-json");
    }

    @Test
    void everyExampleIsAcceptedWhateverTheContentTypeAndEveryMustRejectFileAsTheReaderDecides() throws Exception {
        new EndpointContract(base).holdsForEveryExampleAndMustRejectFile();
    }

    @Test
    void eitherEventIsTakenWhereACallbackIsTaken() throws Exception {
        new EndpointContract(base).takesEitherEventWhereACallbackIsTaken();
    }

    /** An application that acknowledges events it does not handle, so that Tencent does not deliver them again. */
    @Test
    void anUnhandledEventGetsTheConfiguredStatus() throws Exception {
        try (var acknowledging = new SpringApplicationBuilder(App.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "ci-callback.unhandled-event-status=202")
                .run()) {
            var contract = new EndpointContract("http://127.0.0.1:" + acknowledging.getEnvironment().getProperty("local.server.port"));
            var run = Fixtures.filesIn(Fixtures.SCHEMA.resolve("workflow").resolve("examples")).get(0);
            var unhandled = contract.post("/callbacks", run, "application/xml");
            assertThat(unhandled.statusCode()).isEqualTo(202);
            assertThat(unhandled.body()).isEmpty();
            var bad = contract.post("/callbacks", Fixtures.BAD.resolve("missing-job-id.xml"), "application/xml");
            assertThat(bad.statusCode()).as("any other rejection").isEqualTo(400);
        }
    }

    @Test
    void sendPostsToTheApplication() throws Exception {
        assertThat(send("--fixture", "VoiceSeparate/doc-zh-workflow.json")).startsWith("0 200");
        assertThat(send("--state", "Failed", "--format", "json")).startsWith("0 200");
        assertThat(send(Fixtures.BAD.resolve("missing-job-id.xml").toString())).startsWith("1 400").contains("Callback rejected");
    }

    /** Runs {@code ci-callback send} from the executable jar, as a developer would; returns "EXIT OUTPUT". */
    private static String send(String... args) throws Exception {
        var command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "ci-callback-cli.jar").toString(), "send", base + "/callbacks"));
        command.addAll(java.util.List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + " " + out;
    }
}
