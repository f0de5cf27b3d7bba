package io.cicallback.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cicallback.Fixtures;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
 * naming the same first error), and {@code send} posts to it.
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

        @PostMapping("/callbacks/with-findings")
        String receiveResult(@RequestBody ReadResult result) {
            return result.format() + " " + result.findings().size();
        }
    }

    private static ConfigurableApplicationContext context;
    private static String base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

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

    private static HttpResponse<String> post(String path, Path file, String contentType) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLibraryJarIsTheRelocatedOneAndAndroidJsonIsOnTheClasspath() throws Exception {
        assertThat(Class.forName("io.cicallback.internal.shaded.everit.Schema")).isNotNull();
        assertThat(System.getProperty("java.class.path")).as("spring-boot-starter-test brings android-json")
                .contains("android-json");
    }

    @Test
    void everyExampleIsAcceptedWhateverTheContentType() throws Exception {
        for (var file : Fixtures.filesIn(Fixtures.EXAMPLES)) {
            var own = file.toString().endsWith(".json") ? "application/json" : "application/xml";
            for (var contentType : new String[] {own, own + ";charset=UTF-8", "text/plain", "application/octet-stream",
                "application/x-www-form-urlencoded"} /* what curl -d sends */) {
                var response = post("/callbacks", file, contentType);
                assertThat(response.statusCode()).as(file + " as " + contentType + ": " + response.body()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(Fixtures.readStrict(file).getJobs().get(0).getJobId());
            }
            assertThat(post("/callbacks/with-findings", file, own).body()).endsWith(" 0");
        }
    }

    @Test
    void everyMustRejectFileGetsWhatTheReaderDecidesAndNeverA500() throws Exception {
        for (var file : Fixtures.filesIn(Fixtures.BAD)) {
            var response = post("/callbacks", file, "application/octet-stream");
            CallbackRejectedException expected = null;
            try {
                CallbackReader.create().read(Files.readAllBytes(file), null);
            } catch (CallbackRejectedException e) {
                expected = e;
            }
            if (expected == null) {
                assertThat(response.statusCode()).as(file + " is tolerable in lenient mode").isEqualTo(200);
                continue;
            }
            assertThat(response.statusCode()).as(file + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            var problem = new ObjectMapper().readTree(response.body());
            assertThat(problem.path("title").asText()).isEqualTo("Callback rejected");
            var firstError = expected.errors().get(0);
            assertThat(problem.path("findings")).as(response.body()).anySatisfy(f -> {
                assertThat(f.path("path").asText()).isEqualTo(firstError.path());
                assertThat(f.path("message").asText()).isEqualTo(firstError.message());
            });
        }
    }

    @Test
    void sendPostsToTheApplication() throws Exception {
        assertThat(send("--fixture", "doc-zh-workflow.json")).startsWith("0 200");
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
