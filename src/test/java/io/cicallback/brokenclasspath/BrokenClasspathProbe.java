package io.cicallback.brokenclasspath;

import io.cicallback.Fixtures;
import io.cicallback.cli.CliMain;
import io.cicallback.jaxrs.CallbackFeature;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReaderFailureException;
import io.cicallback.validate.CallbackRejectedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Run by {@link BrokenClasspathIT} in a JVM whose classpath lacks a jar the JSON reader needs: prints, one line
 * each, what the reader, the CLI, a Jersey resource and a Spring Boot controller make of a JSON and an XML
 * callback.
 */
public final class BrokenClasspathProbe {

    private static final java.nio.file.Path JSON = Fixtures.EXAMPLES.resolve("doc-en-workflow.json");
    private static final java.nio.file.Path XML = Fixtures.EXAMPLES.resolve("doc-en-job.xml");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private BrokenClasspathProbe() {
    }

    /** A Jersey resource as a user writes it. */
    @Path("/callbacks")
    public static final class Resource {
        @POST
        public Response receive(TaskFinishCallback callback) {
            return Response.ok(callback.getJobs().get(0).getJobId()).build();
        }
    }

    /** A Spring Boot application as a user writes it. */
    @SpringBootApplication
    @RestController
    public static class App {
        @PostMapping("/callbacks")
        String receive(@RequestBody TaskFinishCallback callback) {
            return callback.getJobs().get(0).getJobId();
        }
    }

    public static void main(String[] args) throws Exception {
        var reader = CallbackReader.create();
        System.out.println("read JSON: " + read(reader, JSON));
        System.out.println("read XML: " + read(reader, XML));

        var err = new ByteArrayOutputStream();
        int exit = CliMain.run(new CliMain.CliIo(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, "UTF-8")), "validate", JSON.toString());
        System.out.println("cli validate JSON: exit " + exit + " " + err.toString("UTF-8").lines().findFirst().orElse(""));

        var jersey = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(Resource.class).register(new CallbackFeature(reader)));
        try {
            var base = "http://127.0.0.1:" + jersey.getAddress().getPort();
            System.out.println("jersey JSON: " + post(base, JSON, "application/json"));
            System.out.println("jersey XML: " + post(base, XML, "application/xml"));
        } finally {
            jersey.stop(0);
        }

        try (var spring = spring(true)) {
            System.out.println("spring with warm-up: started, active " + spring.isActive());
        } catch (RuntimeException e) {
            var cause = (Throwable) e;
            while (cause.getCause() != null && !(cause instanceof ReaderFailureException)) {
                cause = cause.getCause();
            }
            System.out.println("spring with warm-up: start failed with " + cause.getClass().getName());
        }
        try (var spring = spring(false)) {
            var base = "http://127.0.0.1:" + spring.getEnvironment().getProperty("local.server.port");
            System.out.println("spring JSON: " + post(base, JSON, "application/json"));
            System.out.println("spring XML: " + post(base, XML, "application/xml"));
        }
        System.exit(0);
    }

    private static org.springframework.context.ConfigurableApplicationContext spring(boolean warmUp) {
        return new SpringApplicationBuilder(App.class).properties("server.port=0", "server.address=127.0.0.1",
                "spring.main.banner-mode=off", "logging.level.root=OFF", "ci-callback.warm-up=" + warmUp).run();
    }

    private static String read(CallbackReader reader, java.nio.file.Path file) {
        try {
            reader.read(Fixtures.bytes(file), null);
            return "accepted";
        } catch (CallbackRejectedException e) {
            return "rejected " + e.findings();
        } catch (ReaderFailureException e) {
            return "ReaderFailureException caused by " + e.getCause().getClass().getName();
        }
    }

    private static String post(String base, java.nio.file.Path file, String contentType) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "/callbacks")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.bytes(file))).build();
        var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                + " " + response.body().replaceAll("\\s+", " ");
    }
}
