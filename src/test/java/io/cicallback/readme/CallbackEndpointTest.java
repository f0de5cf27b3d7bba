package io.cicallback.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.cicallback.model.SmartCoverSettings;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.testkit.Fixture;
import io.cicallback.testkit.FixtureExtension;
import io.cicallback.testkit.FixtureSource;
import io.cicallback.testkit.FromFixture;
import io.cicallback.testkit.TestCallbacks;
import io.cicallback.value.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/** The README's test-kit snippet, run against the reading recipe served on a loopback port. */
// tag::testkit[]
@ExtendWith(FixtureExtension.class)
class CallbackEndpointTest {
    @ParameterizedTest
    @FixtureSource(format = WireFormat.JSON)                 // every shipped JSON callback, every type
    void acceptsEveryDocumentedCallback(Fixture fixture) {
        assertEquals(204, post("/callbacks", fixture.contentType(), fixture.bytes()));
    }

    @ParameterizedTest
    @FixtureSource(type = {"Transcode", "Snapshot"})         // the job types this queue runs
    void acceptsEveryTranscodeAndSnapshot(Fixture fixture) {
        assertEquals(204, post("/callbacks", fixture.contentType(), fixture.bytes()));
    }

    @Test
    void storesTheOutputs(@FromFixture("VoiceSeparate/doc-en-workflow.xml") byte[] body,
                          @FromFixture("VoiceSeparate/doc-en-workflow.xml") TaskFinishCallback expected) {
        assertEquals(204, post("/callbacks", "application/xml", body));
        assertEquals(expected.getJobs().get(0).outputObjects().size(), stored());
    }

    @Test
    void acceptsWhatTheBuildersMake() {
        byte[] failed = TestCallbacks.failed("InternalError", "decode failed").json();
        byte[] big = TestCallbacks.succeeded().audioStreams(3).outputs(2).workflow("flow").xml();
        byte[] cover = TestCallbacks.succeeded().tag("SmartCover")
                .operation(op -> op.setSmartCover(new SmartCoverSettings().withCount(3L))).xml();
        byte[] run = TestCallbacks.workflowFinished().task("Transcode", "Success").task("Snapshot", "Failed").json();
        for (byte[] callback : new byte[][] {failed, big, cover, run}) {
            assertEquals(204, post("/callbacks", null, callback));
        }
    }
// end::testkit[]

    private static HttpServer server;
    private static ReadingRecipe endpoint;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/callbacks", exchange -> {
            try (exchange) {
                int status;
                synchronized (CallbackEndpointTest.class) {
                    status = endpoint.receive(exchange.getRequestBody().readAllBytes(),
                            exchange.getRequestHeaders().getFirst("Content-Type"));
                }
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** A fresh endpoint for each post, so that nothing counts as delivered twice across tests. */
    private static int post(String path, String contentType, byte[] body) {
        endpoint = new ReadingRecipe();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
                .header("Content-Type", contentType == null ? "application/octet-stream" : contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int stored() {
        return endpoint.stored.size();
    }
// tag::testkit[]
}
// end::testkit[]
