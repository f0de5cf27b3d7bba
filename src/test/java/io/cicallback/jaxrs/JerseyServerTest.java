package io.cicallback.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cicallback.Fixtures;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jakarta REST integration on a real Jersey server on a loopback port, posted to by the JDK's HTTP client:
 * every example is accepted whatever Content-Type it comes with; every must-reject file gets 400 with a
 * problem body naming its finding.
 */
class JerseyServerTest {

    /** A resource as a user writes it: a dozen lines. */
    @Path("/callbacks")
    public static final class CallbackResource {
        @POST
        public Response receive(TaskFinishCallback callback) {
            return Response.ok(callback.getJobs().get(0).getJobId()).build();
        }

        @POST
        @Path("/with-findings")
        public Response receiveResult(ReadResult result) {
            return Response.ok(result.format() + " " + result.findings().size()).build();
        }
    }

    private static com.sun.net.httpserver.HttpServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        var config = new ResourceConfig(CallbackResource.class).register(new CallbackFeature(CallbackReader.create()));
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static java.util.stream.Stream<java.nio.file.Path> examples() {
        return Fixtures.filesIn(Fixtures.EXAMPLES).stream();
    }

    static java.util.stream.Stream<java.nio.file.Path> bad() {
        return Fixtures.filesIn(Fixtures.BAD).stream();
    }

    private static HttpResponse<String> post(String path, java.nio.file.Path file, String contentType) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsAcceptedWhateverTheContentType(java.nio.file.Path file) throws Exception {
        var own = file.toString().endsWith(".json") ? "application/json" : "application/xml";
        for (var contentType : new String[] {own, own + "; charset=UTF-8", "text/plain", "application/octet-stream",
                "application/x-www-form-urlencoded"} /* what curl -d sends */) {
            var response = post("/callbacks", file, contentType);
            assertThat(response.statusCode()).as(file + " as " + contentType + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(Fixtures.readStrict(file).getJobs().get(0).getJobId());
        }
        assertThat(post("/callbacks/with-findings", file, own).body()).endsWith(" 0");
    }

    @ParameterizedTest
    @MethodSource("bad")
    void everyMustRejectFileGetsWhatTheReaderDecidesAndNeverA500(java.nio.file.Path file) throws Exception {
        var response = post("/callbacks", file, "application/octet-stream");
        io.cicallback.validate.CallbackRejectedException expected = null;
        try {
            CallbackReader.create().read(Files.readAllBytes(file), null); // what lenient mode (the server's) decides
        } catch (io.cicallback.validate.CallbackRejectedException e) {
            expected = e;
        }
        if (expected == null) {
            assertThat(response.statusCode()).as(file + " is tolerable in lenient mode").isEqualTo(200);
            return;
        }
        assertThat(response.statusCode()).as(file.toString()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asText()).isEqualTo("Callback rejected");
        var firstError = expected.errors().get(0);
        assertThat(problem.path("findings")).anySatisfy(f -> {
            assertThat(f.path("severity").asText()).isEqualTo("error");
            assertThat(f.path("path").asText()).isEqualTo(firstError.path());
            assertThat(f.path("message").asText()).isEqualTo(firstError.message());
        });
    }
}
