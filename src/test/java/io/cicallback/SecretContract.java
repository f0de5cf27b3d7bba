package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * What every HTTP integration must do once callback secrets are configured, checked the same way for each on
 * a real server: {@code /callbacks} reads a callback that carries one of the secrets in its query string and
 * refuses one that does not, with 403 and a problem body, before reading its body.
 */
public final class SecretContract {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final int port;

    /** @param port the server's loopback port */
    public SecretContract(int port) {
        this.port = port;
    }

    /** Each secret (both, while rotating) opens the endpoint; anything else is refused with a problem body. */
    public void acceptsEachSecretAndRefusesTheRest(String... secrets) throws Exception {
        for (var secret : secrets) {
            assertThat(post("?secret=" + secret).statusCode()).as("with a configured secret").isEqualTo(200);
        }
        for (var query : new String[] {"", "?secret=", "?secret=" + secrets[0] + "x", "?token=" + secrets[0]}) {
            var response = post(query);
            assertThat(response.statusCode()).as("query '%s'", query).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("Callback secret missing").doesNotContain(secrets[0]);
        }
    }

    /**
     * A request that announces a body and never sends it is answered at once: the server did not wait for the
     * body, so it did not read it.
     */
    public void refusesBeforeReadingTheBody() throws Exception {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("POST /callbacks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/xml\r\nContent-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("HTTP/1.1 403");
        }
    }

    private HttpResponse<String> post(String query) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callbacks" + query))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-job.xml"))))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
