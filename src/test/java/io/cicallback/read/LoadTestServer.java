package io.cicallback.read;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cicallback.validate.CallbackRejectedException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A callback endpoint as a plain Java service writes one, on the JDK's HTTP server with a pool of request
 * threads, for {@link HostileLoadIT} to run in a JVM of its own with a small heap. {@code POST /callbacks}
 * answers 204 for a callback, 400 for a rejected body and 500 for any other failure; {@code GET /heap}
 * answers the heap in use after garbage collection. Prints {@code PORT n} once it listens on loopback.
 */
public final class LoadTestServer {

    private LoadTestServer() {
    }

    /** @param args the number of request threads */
    public static void main(String[] args) throws IOException {
        var reader = CallbackReader.create().warmUp();
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(Integer.parseInt(args[0])));
        server.createContext("/callbacks", exchange -> {
            int status;
            try (var body = exchange.getRequestBody()) {
                reader.read(body, exchange.getRequestHeaders().getFirst("Content-Type"));
                status = 204;
            } catch (CallbackRejectedException e) {
                status = 400;
            } catch (RuntimeException | Error e) {
                e.printStackTrace();
                status = 500;
            }
            answer(exchange, status, "");
        });
        server.createContext("/heap", exchange -> answer(exchange, 200, Long.toString(usedAfterGc())));
        server.start();
        System.out.println("PORT " + server.getAddress().getPort());
        System.out.flush();
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
