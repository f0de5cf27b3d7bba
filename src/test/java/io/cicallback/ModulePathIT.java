package io.cicallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library jar as users get it is the module {@code io.cicallback}, exporting its API packages only: a
 * consumer module that {@code requires} it compiles against it and runs on the module path, the library's
 * dependencies resolved from its descriptor, reading a callback in each format (JSON through the relocated
 * validator, which must be inside the module).
 */
class ModulePathIT {

    private static final Path TARGET = Path.of("target");

    @Test
    void aConsumerModuleRequiresIoCicallback(@TempDir Path work) throws Exception {
        var describe = new java.io.StringWriter();
        int described = ToolProvider.findFirst("jar").orElseThrow().run(new java.io.PrintWriter(describe),
                new java.io.PrintWriter(describe), "--describe-module", "--file", library().toString());
        assertThat(described).isZero();
        var exported = describe.toString().lines().filter(l -> l.startsWith("exports ")).map(l -> l.substring(8)).toList();
        assertThat(describe.toString()).startsWith("io.cicallback@");
        assertThat(exported).as(describe.toString()).containsExactlyInAnyOrder("io.cicallback.read",
                "io.cicallback.write", "io.cicallback.validate", "io.cicallback.model", "io.cicallback.value",
                "io.cicallback.testkit", "io.cicallback.spring", "io.cicallback.webflux", "io.cicallback.jaxrs",
                "io.cicallback.kafka");
        assertThat(describe.toString()).as("the relocated libraries are the module's own, unexported")
                .contains("contains io.cicallback.internal.shaded.everit").doesNotContain("exports io.cicallback.internal");

        var sources = work.resolve("src");
        Files.createDirectories(sources.resolve("consumer"));
        Files.writeString(sources.resolve("module-info.java"), "module consumer { requires io.cicallback; }\n");
        Files.writeString(sources.resolve("consumer/Main.java"), """
                package consumer;

                import io.cicallback.read.CallbackReader;
                import java.nio.file.Files;
                import java.nio.file.Path;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        var reader = CallbackReader.create();
                        for (var file : args) {
                            var callback = reader.read(Files.readAllBytes(Path.of(file)), null).callback();
                            System.out.println(Path.of(file).getFileName() + " " + callback.getEventName() + " "
                                    + callback.deduplicationKey());
                        }
                    }
                }
                """);
        var modulePath = modulePath();
        var classes = work.resolve("classes");
        var compileOutput = new java.io.StringWriter();
        int compiled = ToolProvider.findFirst("javac").orElseThrow().run(new java.io.PrintWriter(compileOutput),
                new java.io.PrintWriter(compileOutput), "--module-path", modulePath, "-d", classes.toString(),
                sources.resolve("module-info.java").toString(), sources.resolve("consumer/Main.java").toString());
        assertThat(compiled).as(compileOutput.toString()).isZero();

        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", classes + File.pathSeparator + modulePath, "--module", "consumer/consumer.Main",
                Fixtures.EXAMPLES.resolve("doc-en-job.xml").toString(),
                Fixtures.EXAMPLES.resolve("doc-en-workflow.json").toString(),
                Fixtures.SCHEMA.resolve("workflow/examples/tencent-api_436_80040.xml").toString()));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).as(out).containsExactly(
                "doc-en-job.xml TASK_FINISH TaskFinish/j40644e92f8e311ecb90d0b03267ce0e5/Success",
                "doc-en-workflow.json TASK_FINISH TaskFinish/j40644e92f8e311ecb90d0b03267ce0e5/Success",
                "tencent-api_436_80040.xml WORKFLOW_FINISH WorkflowFinish/i166ee19017b011eda8a5525400c540df/Success");
    }

    private static Path library() {
        return TARGET.resolve("ci-callback-0.1.0-SNAPSHOT.jar");
    }

    /** The library jar and its runtime dependencies, as a user's build puts them on the module path. */
    private static String modulePath() throws Exception {
        var dependencies = Files.readString(TARGET.resolve("library-classpath.txt")).strip();
        return library() + (dependencies.isEmpty() ? "" : File.pathSeparator + dependencies);
    }
}
