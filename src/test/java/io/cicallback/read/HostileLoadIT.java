package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import io.cicallback.HostileShapes;
import io.cicallback.validate.InputLimits;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A callback endpoint in a JVM of its own with a 256 MiB heap ({@link LoadTestServer}), on loopback, receives
 * bodies of every costly shape at the body limit, several at once and each with names of its own, while valid
 * callbacks keep arriving: every valid callback is accepted throughout, no body gets a 500 or breaks the
 * connection, and after the load the heap is back where it was.
 */
class HostileLoadIT {

    private static final int REQUEST_THREADS = 16;
    private static final int CONCURRENT_POSTS = 8;
    private static final int BODIES_PER_SHAPE = 4;
    private static final long MIB = 1024 * 1024;

    private static Process server;
    private static String base;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(60)).build();

    @BeforeAll
    static void start() throws Exception {
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                LoadTestServer.class.getName(), Integer.toString(REQUEST_THREADS))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        var line = out.readLine();
        assertThat(line).as("the server's first line").startsWith("PORT ");
        base = "http://127.0.0.1:" + line.substring(5).strip();
    }

    @AfterAll
    static void stop() throws Exception {
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void validCallbacksKeepBeingAcceptedAndTheHeapReturnsToItsBaseline() throws Exception {
        var valid = Fixtures.filesIn(Fixtures.EXAMPLES).stream().map(Fixtures::bytes).toList();
        for (int round = 0; round < 20; round++) { // pools and compiled code as in a running service
            for (var body : valid) {
                assertThat(post(body)).isEqualTo(204);
            }
        }
        long baseline = heap();

        var done = new AtomicBoolean();
        var validAnswers = new ConcurrentHashMap<Integer, AtomicInteger>();
        var validPoster = Executors.newSingleThreadExecutor();
        Future<?> validLoop = validPoster.submit(() -> {
            for (int i = 0; !done.get(); i++) {
                int status = post(valid.get(i % valid.size()));
                validAnswers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }
            return null;
        });
        var hostile = Executors.newFixedThreadPool(CONCURRENT_POSTS);
        var answers = new ArrayList<Future<String>>();
        for (int salt = 0; salt < BODIES_PER_SHAPE; salt++) {
            for (var shape : HostileShapes.all()) {
                int bodySalt = salt;
                answers.add(hostile.submit(() -> {
                    var body = shape.body(InputLimits.DEFAULT_MAX_BODY_BYTES, bodySalt);
                    return shape + " -> " + post(body);
                }));
            }
        }
        var outcomes = new ArrayList<String>();
        for (var answer : answers) {
            outcomes.add(answer.get(5, TimeUnit.MINUTES));
        }
        done.set(true);
        validLoop.get(1, TimeUnit.MINUTES);
        hostile.shutdown();
        validPoster.shutdown();
        long after = heap();

        assertThat(outcomes).as("hostile bodies are answered 204 or 400").allMatch(o -> o.endsWith("-> 204") || o.endsWith("-> 400"));
        assertThat(validAnswers.keySet()).as("valid callbacks during the load: %s", validAnswers).containsExactly(204);
        assertThat(validAnswers.get(204).get()).as("valid callbacks accepted during the load").isGreaterThan(10);
        assertThat(after - baseline).as("heap after GC: %d MiB before the load, %d MiB after", baseline / MIB, after / MIB)
                .isLessThan(8 * MIB);
        assertThat(server.isAlive()).as("the server survived").isTrue();
    }

    private static int post(byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "/callbacks")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long heap() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "/heap")).build();
        return Long.parseLong(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body().strip());
    }

}
