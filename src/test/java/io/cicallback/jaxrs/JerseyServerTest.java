package io.cicallback.jaxrs;

import io.cicallback.EndpointContract;
import io.cicallback.Fixtures;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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

    private static EndpointContract contract() {
        return new EndpointContract("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsAcceptedWhateverTheContentType(java.nio.file.Path file) throws Exception {
        contract().acceptsWhateverTheContentType(file);
    }

    @ParameterizedTest
    @MethodSource("bad")
    void everyMustRejectFileGetsWhatTheReaderDecidesAndNeverA500(java.nio.file.Path file) throws Exception {
        contract().answersAsTheReaderDecides(file);
    }
}
