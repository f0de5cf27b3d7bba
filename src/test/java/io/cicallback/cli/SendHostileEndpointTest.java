package io.cicallback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code send} against endpoints that answer as an attacker's would, on a raw socket on a loopback port: the
 * tool keeps at most what it shows of any answer, ends within its timeout however the answer trickles, and
 * exits by the status whatever the body claims. Every class is checked by its exit code and by how much the
 * endpoint could write before the tool went away; none by the clock.
 */
class SendHostileEndpointTest {

    private static final long MIB = 1024 * 1024;

    /** One way of answering, with the exit code and the line it must lead to. */
    enum Answer {
        /** 200, then chunks for ever. */
        ENDLESS_CHUNKS(CliMain.OK, "goes on past 64 KiB") {
            @Override
            void write(OutputStream out, AtomicLong written) throws IOException {
                out.write(head("200 OK", "Transfer-Encoding: chunked"));
                flood(out, ("4000\r\n" + "x".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII), 256 * MIB, written);
            }
        },
        /** 200 with a length of 16 MiB, sent as fast as the socket takes it. */
        HUGE_BODY(CliMain.OK, "goes on past 64 KiB") {
            @Override
            void write(OutputStream out, AtomicLong written) throws IOException {
                out.write(head("200 OK", "Content-Length: " + 16 * MIB));
                flood(out, new byte[64 * 1024], 16 * MIB, written);
            }
        },
        /** 200 and a promised body that comes a byte at a time, slower than the timeout allows. */
        TRICKLE(SendCommand.NO_RESPONSE, "no complete response") {
            @Override
            void write(OutputStream out, AtomicLong written) throws IOException {
                out.write(head("200 OK", "Content-Length: 50"));
                out.flush();
                for (int i = 0; i < 50; i++) {
                    pause(100);
                    out.write('x');
                    out.flush();
                    written.incrementAndGet();
                }
            }
        },
        /** The request is read and nothing ever answered. */
        SILENCE(SendCommand.NO_RESPONSE, "no complete response") {
            @Override
            void write(OutputStream out, AtomicLong written) {
                pause(5_000);
            }
        },
        /** 200 whose Content-Encoding says gzip over a plain body. */
        FALSE_GZIP(CliMain.OK, "not the gzip") {
            @Override
            void write(OutputStream out, AtomicLong written) throws IOException {
                var body = "accepted".getBytes(StandardCharsets.US_ASCII);
                out.write(head("200 OK", "Content-Encoding: gzip", "Content-Length: " + body.length));
                out.write(body);
            }
        },
        /** 200 with a gzip body that unpacks to 64 MiB: shown only up to the cap. */
        GZIP_BOMB(CliMain.OK, "200") {
            @Override
            void write(OutputStream out, AtomicLong written) throws IOException {
                var packed = new ByteArrayOutputStream();
                try (var zip = new GZIPOutputStream(packed)) {
                    var zeros = new byte[1024 * 1024];
                    for (int i = 0; i < 64; i++) {
                        zip.write(zeros);
                    }
                }
                out.write(head("200 OK", "Content-Encoding: gzip", "Content-Length: " + packed.size()));
                out.write(packed.toByteArray());
            }
        },
        /** A 500 with a body: exit 1 whatever the body. */
        SERVER_ERROR(CliMain.REJECTED, "500") {
            @Override
            void write(OutputStream out, AtomicLong written) throws IOException {
                out.write(head("500 Internal Server Error", "Content-Length: 5"));
                out.write("oops!".getBytes(StandardCharsets.US_ASCII));
            }
        };

        final int exit;
        final String says;

        Answer(int exit, String says) {
            this.exit = exit;
            this.says = says;
        }

        abstract void write(OutputStream out, AtomicLong written) throws IOException;

        static byte[] head(String status, String... headers) {
            return ("HTTP/1.1 " + status + "\r\n" + String.join("\r\n", headers) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        /** Writes the block again and again, up to {@code max} bytes or until the tool goes away. */
        static void flood(OutputStream out, byte[] block, long max, AtomicLong written) throws IOException {
            while (written.get() < max) {
                out.write(block);
                written.addAndGet(block.length);
            }
        }

        static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Answer.class)
    void sendEndsWithinItsBoundsWhateverTheAnswer(Answer answer) throws Exception {
        var written = new AtomicLong();
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var endpoint = new Thread(() -> {
                try (var socket = server.accept()) {
                    readRequest(socket.getInputStream());
                    answer.write(socket.getOutputStream(), written);
                } catch (IOException e) {
                    // the tool went away: what an endpoint sees when its answer is cut off
                }
            });
            endpoint.setDaemon(true);
            endpoint.start();
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int exit = CliMain.run(new CliMain.CliIo(new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                    "send", "http://127.0.0.1:" + server.getLocalPort() + "/callbacks", "--fixture", "doc-en-job.xml",
                    "--timeout", "2");
            var said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(said).isEqualTo(answer.exit);
            assertThat(said).contains(answer.says);
            // 64 KiB at most, each byte escaped for the terminal in at most six characters
            assertThat(out.size()).as("what is shown").isLessThan(6 * 64 * 1024 + 1024);
            endpoint.join();
            assertThat(written.get()).as("bytes the endpoint wrote before the tool went away").isLessThan(64 * MIB);
        }
    }

    /** Reads the request's head and its Content-Length of body. */
    private static void readRequest(InputStream in) throws IOException {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        for (var line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).strip()));
            }
        }
    }
}
