package io.cicallback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cicallback.Fixtures;
import io.cicallback.model.JobState;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.testkit.Fixture;
import io.cicallback.validate.CallbackRejectedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code send} against a real HTTP server on a loopback port that reads what it receives with the library,
 * answering 204 for an accepted callback and 400 with the first error otherwise.
 */
class SendCommandTest {

    record Received(String contentType, byte[] body, TaskFinishCallback callback) {
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    @BeforeEach
    void startServer() throws Exception {
        var reader = CallbackReader.create();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/callbacks", exchange -> {
            try (exchange) {
                Thread.sleep(delayMillis);
                var body = exchange.getRequestBody().readAllBytes();
                var contentType = exchange.getRequestHeaders().getFirst("Content-Type");
                try {
                    var callback = reader.read(body, contentType).callback();
                    received.add(new Received(contentType, body, callback));
                    exchange.sendResponseHeaders(204, -1);
                } catch (CallbackRejectedException e) {
                    var answer = e.errors().get(0).toString().getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(400, answer.length);
                    exchange.getResponseBody().write(answer);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callbacks";
    }

    private static CliTest.Run send(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var io = new CliMain.CliIo(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        var all = new String[args.length + 1];
        all[0] = "send";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = CliMain.run(io, all);
        return new CliTest.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFixtureArrivesAsTencentSendsIt() {
        var run = send(url(), "--fixture", "doc-en-workflow.json");

        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("204");
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.body()).isEqualTo(Fixture.DOC_EN_WORKFLOW_JSON.bytes());
        });
    }

    @Test
    void aBuiltCallbackHasTheShapeAsked() {
        assertThat(send(url(), "--state", "Failed", "--format", "json").exit()).isZero();
        assertThat(send(url(), "--streams", "3", "--outputs", "4").exit()).isZero();

        assertThat(received.get(0).contentType()).startsWith("application/json");
        assertThat(received.get(0).callback().getJobs().get(0).getState()).isEqualTo(JobState.FAILED);
        var job = received.get(1).callback().getJobs().get(0);
        assertThat(job.audioStreams()).hasSize(3);
        assertThat(job.outputObjects()).hasSize(4);
    }

    @Test
    void aRejectionIsExitOneWithTheResponseBody() {
        var run = send(url(), Fixtures.BAD.resolve("missing-job-id.xml").toString());

        assertThat(run.exit()).isEqualTo(CliMain.REJECTED);
        assertThat(run.out()).startsWith("400").contains("required node JobId is missing");
    }

    @Test
    void noResponseIsExitFour() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var refused = send("http://127.0.0.1:" + closedPort + "/callbacks", "--fixture", "doc-en-job.xml", "--timeout", "2");
        assertThat(refused.exit()).isEqualTo(SendCommand.NO_RESPONSE);
        assertThat(refused.err()).contains("cannot reach");

        delayMillis = 3000;
        var slow = send(url(), "--fixture", "doc-en-job.xml", "--timeout", "1");
        assertThat(slow.exit()).isEqualTo(SendCommand.NO_RESPONSE);
        assertThat(slow.err()).contains("no response");
    }

    @Test
    void anUnknownFixtureIsAUsageError() {
        var run = send(url(), "--fixture", "nope.xml");
        assertThat(run.exit()).isEqualTo(CliMain.USAGE);
        assertThat(received).isEmpty();
    }
}
