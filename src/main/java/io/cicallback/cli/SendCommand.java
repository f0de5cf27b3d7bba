package io.cicallback.cli;

import io.cicallback.testkit.Fixture;
import io.cicallback.testkit.TestCallbacks;
import io.cicallback.validate.DisplayText;
import io.cicallback.value.WireFormat;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code send URL [FILE | --fixture NAME | --state ...]}: POSTs a callback to an endpoint the way Tencent does,
 * so that a developer can test the endpoint without Tencent.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"POSTs a callback to URL as Tencent does: a file, a shipped fixture, or one built from options.",
                "Prints the response status and body. Exit 0 on a 2xx response, 1 on another status,",
                "2 on a usage error or an unreadable file, 4 when no response came (refused, timed out)."})
final class SendCommand implements Callable<Integer> {

    /** Exit code: the endpoint did not answer. */
    static final int NO_RESPONSE = 4;

    @ParentCommand
    CliMain main;

    @Parameters(index = "0", paramLabel = "URL", description = "The endpoint, e.g. http://localhost:8080/callbacks.")
    URI url;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "A callback file; - for standard input.")
    String file;

    @Option(names = "--fixture", paramLabel = "NAME",
            description = "A shipped example, e.g. doc-en-workflow.json (see Fixture in the test kit).")
    String fixture;

    @Option(names = "--state", paramLabel = "Success|Failed", defaultValue = "Success",
            description = "For a built callback: the job's state (default ${DEFAULT-VALUE}).")
    String state;

    @Option(names = "--streams", paramLabel = "N", defaultValue = "1", description = "For a built callback: audio streams.")
    int streams;

    @Option(names = "--outputs", paramLabel = "N", defaultValue = "2", description = "For a built callback: output objects.")
    int outputs;

    @Option(names = "--format", paramLabel = "xml|json", converter = FormatOption.class, defaultValue = "xml",
            description = "For a built callback: the body's format (default ${DEFAULT-VALUE}).")
    WireFormat format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for the connection and for the response (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        var io = main.io;
        if (file != null && fixture != null) {
            io.err().println("ci-callback: send takes a FILE or a --fixture, not both");
            return CliMain.USAGE;
        }
        byte[] body;
        WireFormat bodyFormat;
        if (file != null) {
            var input = Inputs.read(file, io);
            if (input.problem() != null) {
                Inputs.unreadable(io, input);
                return CliMain.USAGE;
            }
            body = input.bytes();
            bodyFormat = Inputs.formatOf(input, null);
        } else if (fixture != null) {
            var named = fixture(fixture);
            if (named == null) {
                io.err().println("ci-callback: no fixture named " + DisplayText.escape(fixture));
                return CliMain.USAGE;
            }
            body = named.bytes();
            bodyFormat = named.format();
        } else {
            var builder = "Failed".equalsIgnoreCase(state) ? TestCallbacks.failed("InternalError", "sent by ci-callback send")
                    : TestCallbacks.succeeded().audioStreams(streams).outputs(outputs);
            body = format == WireFormat.JSON ? builder.json() : builder.xml();
            bodyFormat = format;
        }
        var contentType = bodyFormat == WireFormat.JSON ? "application/json" : "application/xml";
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", contentType + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            io.out().println(response.statusCode());
            if (!response.body().isEmpty()) {
                io.out().println(DisplayText.escape(response.body()));
            }
            return response.statusCode() / 100 == 2 ? CliMain.OK : CliMain.REJECTED;
        } catch (HttpTimeoutException e) {
            io.err().println("ci-callback: no response from " + url + " within " + timeoutSeconds + " s");
            return NO_RESPONSE;
        } catch (IOException e) {
            io.err().println("ci-callback: cannot reach " + url + ": " + DisplayText.escape(String.valueOf(e.getMessage())));
            return NO_RESPONSE;
        }
    }

    private static Fixture fixture(String name) {
        for (var fixture : Fixture.values()) {
            if (fixture.fileName().equals(name) || fixture.name().equals(name.toUpperCase(Locale.ROOT))) {
                return fixture;
            }
        }
        return null;
    }
}
