package io.cicallback.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.model.TaskFinishCallback;
import io.cicallback.testkit.Fixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What the README's endpoints must answer, posted to over real HTTP: every fixture of every type. */
public final class ReadmeEndpoints {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ReadmeEndpoints() {
    }

    /**
     * Every fixture with the secret: a TaskFinish callback 204, a WorkflowFinish 400 (an endpoint that takes a
     * {@code TaskFinishCallback} does not handle it); one without the secret, 403.
     *
     * @param url the endpoint, e.g. {@code http://127.0.0.1:8080/callbacks}
     */
    public static void answerEveryFixture(String url, String secret) throws Exception {
        for (var fixture : Fixture.all()) {
            var response = post(url + "?secret=" + secret, fixture);
            int expected = fixture.callback() instanceof TaskFinishCallback ? 204 : 400;
            assertThat(response.statusCode()).as(fixture.name() + ": " + response.body()).isEqualTo(expected);
        }
        var refused = post(url + "?secret=not-the-secret-0123456789", Fixture.all().get(0));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> post(String url, Fixture fixture) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", fixture.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(fixture.bytes())).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
