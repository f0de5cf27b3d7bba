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
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    record Received(String contentType, byte[] body, io.cicallback.model.Callback callback) {
        java.util.List<io.cicallback.model.Job> jobs() {
            return ((TaskFinishCallback) callback).getJobs();
        }
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
        assertThat(received.get(0).jobs().get(0).getState()).isEqualTo(JobState.FAILED);
        var job = received.get(1).jobs().get(0);
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
        assertThat(refused.err()).contains("cannot reach").contains("connection refused").doesNotContain("null");

        delayMillis = 3000;
        var slow = send(url(), "--fixture", "doc-en-job.xml", "--timeout", "1");
        assertThat(slow.exit()).isEqualTo(SendCommand.NO_RESPONSE);
        assertThat(slow.err()).contains("no complete response");
    }

    @Test
    void anUnknownFixtureIsAUsageErrorThatListsTheFixtures() {
        var run = send(url(), "--fixture", "nope.xml");
        assertThat(run.exit()).isEqualTo(CliMain.USAGE);
        assertThat(run.err()).contains("no fixture named nope.xml").contains(Fixture.DOC_EN_WORKFLOW_JSON.fileName());
        assertThat(received).isEmpty();
    }

    @Test
    void optionsThatDoNotApplyAreRefusedNeverIgnored() {
        var file = Fixtures.EXAMPLES.resolve("doc-en-job.xml").toString();
        var refused = List.of(List.of(file, "--streams", "3"), List.of("--fixture", "doc-en-job.xml", "--outputs", "1"),
                List.of(file, "--state", "Failed"), List.of("--state", "Running"),
                List.of("--state", "Failed", "--streams", "2"), List.of("--fixture", "doc-en-job.xml", "--format", "json"),
                List.of(file, "--job-id", "j1"), List.of("--streams", "-1"));
        for (var args : refused) {
            var all = new ArrayList<String>(List.of(url()));
            all.addAll(args);
            var run = send(all.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(CliMain.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).isNotBlank();
        }
        assertThat(received).isEmpty();
    }

    @Test
    void everyBuiltCallbackHasAJobIdOfItsOwnUnlessOneIsGiven() {
        for (int i = 0; i < 3; i++) {
            assertThat(send(url(), i == 2 ? "--format" : "--streams", i == 2 ? "json" : "1").exit()).isZero();
        }
        assertThat(send(url(), "--job-id", "j-given").exit()).isZero();
        var ids = received.stream().map(r -> r.jobs().get(0).getJobId()).toList();
        assertThat(ids.subList(0, 3)).doesNotHaveDuplicates().allMatch(id -> id.matches("j[0-9a-f]{32}"));
        assertThat(ids.get(3)).isEqualTo("j-given");
    }

    /** The request as bytes on the wire, read by a bare socket server that answers 204. */
    @Test
    void theRequestIsPlainHttp11WithTencentsHeaders() throws Exception {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var captured = java.util.concurrent.CompletableFuture.supplyAsync(() -> capture(socket));
            var run = send("http://127.0.0.1:" + socket.getLocalPort() + "/callbacks", "--fixture", "doc-en-job.xml");
            assertThat(run.exit()).as(run.err()).isZero();
            var request = captured.get(10, java.util.concurrent.TimeUnit.SECONDS);
            var head = request.substring(0, request.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);

            assertThat(request).startsWith("POST /callbacks HTTP/1.1\r\n");
            assertThat(head.lines().toList()).contains("user-agent: go-http-client/1.1", "content-type: application/xml",
                    "accept-encoding: gzip");
            assertThat(head).doesNotContain("upgrade").doesNotContain("http2-settings");
            assertThat(request.substring(request.indexOf("\r\n\r\n") + 4))
                    .isEqualTo(new String(Fixture.DOC_EN_JOB_XML.bytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSecretGoesInTheQueryStringAndNowhereInWhatIsPrinted() throws Exception {
        var secret = "k3Jx9_Lq2v-Wm8Zt4Yp7";
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var captured = java.util.concurrent.CompletableFuture.supplyAsync(() -> capture(socket));
            var run = send("http://127.0.0.1:" + socket.getLocalPort() + "/callbacks?tenant=a", "--secret", secret);
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(captured.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .startsWith("POST /callbacks?tenant=a&secret=" + secret + " HTTP/1.1\r\n");
            assertThat(run.out() + run.err()).doesNotContain(secret);
        }
        var refused = send("http://127.0.0.1:1/callbacks", "--secret", secret, "--timeout", "1");
        assertThat(refused.err()).contains("cannot reach").doesNotContain(secret);
    }

    /** Reads one request (head, then Content-Length bytes) and answers 204; returns what arrived. */
    private static String capture(ServerSocket socket) {
        try (var connection = socket.accept()) {
            var in = connection.getInputStream();
            var bytes = new ByteArrayOutputStream();
            while (!bytes.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                bytes.write(b);
            }
            var head = bytes.toString(StandardCharsets.ISO_8859_1);
            var length = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                    .map(l -> Integer.parseInt(l.substring(15).strip())).findFirst().orElse(0);
            bytes.write(in.readNBytes(length));
            connection.getOutputStream().write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
