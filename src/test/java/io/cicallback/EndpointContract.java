package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.CallbackRejectedException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every HTTP integration must do, checked the same way for each on a real server: an endpoint at
 * {@code /callbacks} answering the job id, and {@code /callbacks/with-findings} answering the format and the
 * number of warnings of a {@code ReadResult}, both reading leniently.
 */
public final class EndpointContract {

    /** Content-Types a callback arrives with besides its own: proxies, SDKs, and what {@code curl -d} sends. */
    private static final String[] OTHER_CONTENT_TYPES = {"text/plain", "application/octet-stream",
        "application/x-www-form-urlencoded"};

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;

    /** @param base the server's root, e.g. {@code http://127.0.0.1:8080} */
    public EndpointContract(String base) {
        this.base = base;
    }

    /** POSTs a file with a Content-Type, through the JDK's HTTP client. */
    public HttpResponse<String> post(String path, Path file, String contentType) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Either event is taken where the application takes a {@code Callback} ({@code /callbacks/any}, answering
     * the event's name and deduplication key); a WorkflowFinish is refused, as an event not handled there, where
     * it takes a {@code TaskFinishCallback} ({@code /callbacks}).
     */
    public void takesEitherEventWhereACallbackIsTaken() throws Exception {
        var run = examples("workflow").get(0);
        for (var file : List.of(run, examples("jobs/Transcode").get(0), examples("jobs/VideoTag").get(0))) {
            var response = post("/callbacks/any", file, file.toString().endsWith(".json") ? "application/json" : "application/xml");
            assertThat(response.statusCode()).as(file + ": " + response.body()).isEqualTo(200);
            var callback = Fixtures.readStrictCallback(file);
            assertThat(response.body()).isEqualTo(callback.getEventName() + " " + callback.deduplicationKey());
        }
        var refused = post("/callbacks", run, "application/xml");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("this endpoint takes TaskFinishCallback", "UNHANDLED_EVENT");
    }

    private static List<Path> examples(String folder) {
        return Fixtures.filesIn(Fixtures.SCHEMA.resolve(folder).resolve("examples"));
    }

    /**
     * Every example of every type is accepted whatever Content-Type it comes with; every must-reject file of every
     * folder is answered as the reader decides.
     */
    public void holdsForEveryExampleAndMustRejectFile() throws Exception {
        for (var file : Fixtures.allExamples()) {
            acceptsWhateverTheContentType(file);
        }
        for (var file : Fixtures.allBad()) {
            answersAsTheReaderDecides(file);
        }
    }

    /**
     * An example is accepted whatever Content-Type it comes with, and read with the warnings a reader gives it
     * (none).
     */
    public void acceptsWhateverTheContentType(Path example) throws Exception {
        var own = example.toString().endsWith(".json") ? "application/json" : "application/xml";
        var contentTypes = new java.util.ArrayList<>(java.util.List.of(own, own + "; charset=UTF-8"));
        contentTypes.addAll(java.util.List.of(OTHER_CONTENT_TYPES));
        var callback = Fixtures.readStrictCallback(example);
        for (var contentType : contentTypes) {
            if (callback instanceof io.cicallback.model.TaskFinishCallback jobs) {
                var response = post("/callbacks", example, contentType);
                assertThat(response.statusCode()).as(example + " as " + contentType + ": " + response.body()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(jobs.getJobs().get(0).getJobId());
            } else { // a workflow run, where either event is taken
                var response = post("/callbacks/any", example, contentType);
                assertThat(response.statusCode()).as(example + " as " + contentType + ": " + response.body()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(callback.getEventName() + " " + callback.deduplicationKey());
            }
        }
        var warnings = CallbackReader.create().read(Files.readAllBytes(example), null).findings().size();
        assertThat(post("/callbacks/with-findings", example, own).body()).endsWith(" " + warnings);
    }

    /**
     * A must-reject file gets what the library's lenient reader decides: 200 where it tolerates the file,
     * otherwise 400 with a problem body naming the reader's own first error; never a 500.
     */
    public void answersAsTheReaderDecides(Path mustReject) throws Exception {
        CallbackRejectedException expected = null;
        io.cicallback.model.Callback tolerated = null;
        try {
            tolerated = CallbackReader.create().read(Files.readAllBytes(mustReject), null).callback();
        } catch (CallbackRejectedException e) {
            expected = e;
        }
        // Where the lenient reader takes a workflow run, the endpoint that takes either event answers.
        var path = tolerated instanceof io.cicallback.model.WorkflowFinishCallback ? "/callbacks/any" : "/callbacks";
        var response = post(path, mustReject, "application/octet-stream");
        if (expected == null) {
            assertThat(response.statusCode()).as(mustReject + " is tolerable in lenient mode").isEqualTo(200);
            return;
        }
        assertThat(response.statusCode()).as(mustReject + ": " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asText()).isEqualTo("Callback rejected");
        var firstError = expected.errors().get(0);
        assertThat(problem.path("findings")).as(response.body()).anySatisfy(f -> {
            assertThat(f.path("severity").asText()).isEqualTo("error");
            assertThat(f.path("path").asText()).isEqualTo(firstError.path());
            assertThat(f.path("message").asText()).isEqualTo(firstError.message());
        });
    }
}
