package io.cicallback.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.EndpointContract;
import io.cicallback.Fixtures;
import io.cicallback.model.Callback;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import io.cicallback.validate.InputLimits;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.util.Arrays;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jakarta REST integration on a real Jersey server on a loopback port, posted to by the JDK's HTTP client:
 * every example is accepted whatever Content-Type it comes with; every must-reject file gets 400 with a
 * problem body naming its finding, even beside the application's own catch-all exception mapper.
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
        @Path("/any")
        public Response receiveAny(Callback callback) {
            return Response.ok(callback.getEventName() + " " + callback.deduplicationKey()).build();
        }

        @POST
        @Path("/with-findings")
        public Response receiveResult(ReadResult result) {
            return Response.ok(result.format() + " " + result.findings().size()).build();
        }
    }

    /** A catch-all many applications have: it must not answer what the library answers. */
    static final class CatchAllMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return Response.serverError().entity("{\"error\":\"" + exception.getClass().getSimpleName() + "\"}").build();
        }
    }

    private static com.sun.net.httpserver.HttpServer server;

    @BeforeAll
    static void start() {
        var config = new ResourceConfig(CallbackResource.class).register(new CallbackFeature(CallbackReader.create()))
                .register(new CatchAllMapper());
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static java.util.stream.Stream<java.nio.file.Path> examples() {
        return Fixtures.allExamples().stream();
    }

    static java.util.stream.Stream<java.nio.file.Path> bad() {
        return Fixtures.allBad().stream();
    }

    @Test
    void eitherEventIsTakenWhereACallbackIsTaken() throws Exception {
        contract().takesEitherEventWhereACallbackIsTaken();
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

    /**
     * The JDK's server resets a connection closed with bytes of the request unread, and the client then loses
     * the answer it had not read yet: the answer must arrive whole, the client reading it only once the server
     * is done.
     */
    @Test
    void aBodyOverTheLimitGetsItsWholeAnswer() throws Exception {
        int length = InputLimits.DEFAULT_MAX_BODY_BYTES + 3 * 1024 * 1024;
        try (var socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.getAddress().getPort())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST /callbacks HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/xml\r\n"
                    + "Content-Length: " + length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var body = new byte[length];
            Arrays.fill(body, (byte) ' ');
            body[0] = '<';
            out.write(body);
            out.flush();
            Thread.sleep(500); // the server has answered and closed by now
            var answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("Callback rejected", "larger than the limit");
        }
    }
}
