package app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cicallback.testkit.Fixture;
import io.cicallback.testkit.FixtureSource;
import io.cicallback.testkit.TestCallbacks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a random port, with the JUnit, Jackson and Spring versions its Spring Boot decides, and
 * the test kit: every shipped fixture and a built callback are accepted; a bad body is a 400 problem even
 * beside the catch-all advice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallbackAppTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Value("${local.server.port}")
    int port;

    @ParameterizedTest
    @FixtureSource
    void everyFixtureOfEveryTypeIsAcceptedWhereEitherEventIs(Fixture fixture) throws Exception {
        var response = post("/callbacks/any", fixture.bytes(), fixture.contentType());
        assertEquals(200, response.statusCode(), response.body());
        var callback = fixture.callback();
        assertEquals(callback.getEventName() + " " + callback.deduplicationKey(), response.body());
    }

    @ParameterizedTest
    @FixtureSource(type = "WorkflowFinish")
    void aWorkflowRunIsRefusedWhereOnlyJobsAre(Fixture fixture) throws Exception {
        var response = post("/callbacks", fixture.bytes(), fixture.contentType());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("this endpoint takes TaskFinishCallback"), response.body());
    }

    @Test
    void aBuiltCallbackIsAccepted() throws Exception {
        var response = post("/callbacks", TestCallbacks.succeeded().audioStreams(3).jobId("j-built").json(), "application/json");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("j-built", response.body());
    }

    @Test
    void aBadBodyIsAProblemEvenBesideACatchAllAdvice() throws Exception {
        var response = post("/callbacks", "<Response/>".getBytes(StandardCharsets.UTF_8), "application/xml");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("Callback rejected"), response.body());
    }

    private HttpResponse<String> post(String path, byte[] body, String contentType) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
