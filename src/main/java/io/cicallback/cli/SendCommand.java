package io.cicallback.cli;

import io.cicallback.testkit.Fixture;
import io.cicallback.testkit.TestCallbacks;
import io.cicallback.validate.DisplayText;
import io.cicallback.value.WireFormat;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;

/**
 * {@code send URL [FILE | --fixture NAME | --state ...]}: POSTs a callback to an endpoint the way Tencent does,
 * so that a developer can test the endpoint without Tencent.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"POSTs a callback to URL as Tencent does (HTTP/1.1, Go's user agent, gzip accepted):",
                "a file, a shipped fixture, or one built from options.",
                "Prints the response status and body (up to 64 KiB). Exit 0 on a 2xx response, 1 on another status,",
                "2 on a usage error or an unreadable file, 4 when no complete response came within the timeout",
                "(refused, too slow)."})
final class SendCommand implements Callable<Integer> {

    /** Exit code: the endpoint did not answer. */
    static final int NO_RESPONSE = 4;

    @ParentCommand
    CliMain main;

    @Parameters(index = "0", paramLabel = "URL", description = {"The endpoint, e.g. http://localhost:8080/callbacks,",
            "or a Kafka topic, kafka://HOST:PORT/TOPIC, to publish the callback to as Tencent's Kafka delivery does."})
    URI url;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "A callback file; - for standard input.")
    String file;

    @Option(names = "--fixture", paramLabel = "NAME",
            description = "A shipped example, e.g. VoiceSeparate/doc-en-workflow.json, or its file name alone when no other type has one of that name (see Fixture in the test kit).")
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
            description = "How long the whole exchange may take: connecting, sending, and the response (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--job-id", paramLabel = "ID",
            description = "For a built callback: the job's id (default: a new one each time, as Tencent's are).")
    String jobId;

    @Option(names = "--secret", paramLabel = "SECRET",
            description = "A callback secret to add to URL's query string, as in the URL given to Tencent.")
    String secret;

    @Option(names = "--secret-parameter", paramLabel = "NAME", defaultValue = "secret",
            description = "The query parameter the secret goes in (default ${DEFAULT-VALUE}).")
    String secretParameter;

    @Spec
    CommandSpec spec;

    /** Tencent's callback requests, as one of its doc pages shows one: Go's HTTP/1.1 client, gzip accepted. */
    static final String USER_AGENT = "Go-http-client/1.1";
    static final String ACCEPT_ENCODING = "gzip";

    @Override
    public Integer call() throws InterruptedException {
        var io = main.io;
        var problem = usageProblem();
        if (problem != null) {
            io.err().println("ci-callback: " + problem);
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
                io.err().println("ci-callback: no fixture named " + DisplayText.escape(fixture) + "; the fixtures are: "
                        + Fixture.all().stream().map(Fixture::name).collect(Collectors.joining(", ")));
                return CliMain.USAGE;
            }
            body = named.bytes();
            bodyFormat = named.format();
        } else {
            var builder = "Failed".equalsIgnoreCase(state) ? TestCallbacks.failed("InternalError", "sent by ci-callback send")
                    : TestCallbacks.succeeded().audioStreams(streams).outputs(outputs);
            builder.jobId(jobId != null ? jobId : newJobId());
            body = format == WireFormat.JSON ? builder.json() : builder.xml();
            bodyFormat = format;
        }
        var contentType = bodyFormat == WireFormat.JSON ? "application/json" : "application/xml";
        if (KafkaSend.isKafka(url)) {
            return KafkaSend.publish(io, url, body, contentType, timeoutSeconds);
        }
        return post(io, body, contentType);
    }

    /** @return why the options do not go together, or {@code null}: none is ever silently ignored */
    private String usageProblem() {
        var given = spec.commandLine().getParseResult();
        if (file != null && fixture != null) {
            return "send takes a FILE or a --fixture, not both";
        }
        boolean built = file == null && fixture == null;
        for (var option : new String[] {"--state", "--streams", "--outputs", "--format", "--job-id"}) {
            if (!built && given.hasMatchedOption(option)) {
                return option + " is for a built callback, not with a FILE or a --fixture";
            }
        }
        if (KafkaSend.isKafka(url) && secret != null) {
            return "--secret is for an HTTP endpoint, not a Kafka topic";
        }
        if (!"Success".equalsIgnoreCase(state) && !"Failed".equalsIgnoreCase(state)) {
            return "--state is Success or Failed, not " + DisplayText.escape(state);
        }
        if ("Failed".equalsIgnoreCase(state) && (given.hasMatchedOption("--streams") || given.hasMatchedOption("--outputs"))) {
            return "a failed job has no streams or outputs: --streams and --outputs go with --state Success";
        }
        if (streams < 0 || outputs < 0 || timeoutSeconds < 1) {
            return "--streams and --outputs take a count from 0, --timeout a number of seconds from 1";
        }
        return null;
    }

    /**
     * POSTs as Tencent does: HTTP/1.1 (no upgrade offered), Go's user agent, gzip accepted. The endpoint is not
     * trusted either: the whole exchange, answer included, must end within the timeout, and no more of the
     * answer than is shown is kept ({@link CappedBody}), so an endless or trickling answer cannot hold the tool.
     */
    private int post(CliMain.CliIo io, byte[] body, String contentType) throws InterruptedException {
        var timeout = Duration.ofSeconds(timeoutSeconds);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        var request = HttpRequest.newBuilder(target()).timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Content-Type", contentType)
                .header("Accept-Encoding", ACCEPT_ENCODING)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var exchange = client.sendAsync(request, info -> new CappedBody(MAX_SHOWN_BYTES));
        HttpResponse<CappedBody.Received> response;
        try {
            response = exchange.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            io.err().println("ci-callback: no complete response from " + url + " within " + timeoutSeconds + " s");
            return NO_RESPONSE;
        } catch (ExecutionException e) {
            var cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                io.err().println("ci-callback: no response from " + url + " within " + timeoutSeconds + " s");
            } else {
                io.err().println("ci-callback: cannot reach " + url + ": " + describe(cause));
            }
            return NO_RESPONSE;
        }
        io.out().println(response.statusCode());
        var text = responseText(response);
        if (!text.isEmpty()) {
            io.out().println(DisplayText.escape(text));
        }
        return response.statusCode() / 100 == 2 ? CliMain.OK : CliMain.REJECTED;
    }

    /** @return the URL, with the secret added to its query string when one is given */
    private URI target() {
        if (secret == null) {
            return url;
        }
        var parameter = URLEncoder.encode(secretParameter, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        var text = url.toString();
        int fragment = text.indexOf('#');
        var base = fragment < 0 ? text : text.substring(0, fragment);
        return URI.create(base + (url.getRawQuery() == null ? "?" : "&") + parameter);
    }

    /**
     * The response body as text, unzipped when the endpoint says it took up the offer of gzip; at most 64 KiB
     * shown, and what was cut off or could not be unzipped said. The answer is only shown: whatever its body,
     * the status decides the exit code.
     */
    private static String responseText(HttpResponse<CappedBody.Received> response) {
        var received = response.body();
        var bytes = received.bytes();
        var notes = new StringBuilder();
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            var unpacked = new ByteArrayOutputStream();
            try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                var buffer = new byte[8192];
                for (int n; unpacked.size() < MAX_SHOWN_BYTES
                        && (n = in.read(buffer, 0, Math.min(buffer.length, MAX_SHOWN_BYTES - unpacked.size()))) > 0; ) {
                    unpacked.write(buffer, 0, n);
                }
                bytes = unpacked.toByteArray();
            } catch (IOException e) {
                if (received.cutOff() && unpacked.size() > 0) {
                    bytes = unpacked.toByteArray(); // the packed body was cut off: it ends early, as expected
                } else {
                    notes.append(" (the body is not the gzip its Content-Encoding says; shown as it came)");
                }
            }
        }
        if (received.cutOff()) {
            notes.append(" (the body goes on past ").append(MAX_SHOWN_BYTES / 1024).append(" KiB; not read further)");
        }
        var text = new String(bytes, 0, Math.min(bytes.length, MAX_SHOWN_BYTES), StandardCharsets.UTF_8);
        return notes.isEmpty() ? text : text + (text.isEmpty() ? "" : "\n") + "ci-callback:" + notes;
    }

    private static final int MAX_SHOWN_BYTES = 64 * 1024;

    private static String describe(Throwable e) {
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : DisplayText.escape(e.getMessage());
    }

    /** @return a job id shaped like Tencent's: {@code j} and 32 hexadecimal digits, new each time */
    static String newJobId() {
        return "j" + UUID.randomUUID().toString().replace("-", "");
    }

    /** @return the fixture of that name, or of that file name when only one type has such a file */
    private static Fixture fixture(String name) {
        var matching = Fixture.all().stream()
                .filter(f -> f.name().equals(name) || f.fileName().equals(name)).toList();
        return matching.size() == 1 ? matching.get(0) : null;
    }
}
