package io.cicallback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The executable jar, run the way the README runs it. */
class CliJarIT {

    private static final Path JAR = Path.of("target", "ci-callback-cli.jar");

    record Result(int exit, String out, String err, long millis) {
    }

    private static Result java(List<String> args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(args);
        var started = System.nanoTime();
        var process = new ProcessBuilder(command).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err, (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void validatesEveryBundledExample() throws Exception {
        var args = new ArrayList<>(List.of("validate"));
        Fixtures.allExamples().forEach(p -> args.add(p.toString()));
        var result = java(args);

        assertThat(result.exit()).as(result.err()).isZero();
        // Element order, where Tencent's samples differ, is the only warning an example may have.
        assertThat(result.out().lines().filter(l -> !l.contains(": warning: "))).hasSize(args.size() - 1)
                .allMatch(l -> l.endsWith(": accepted") || l.matches(".*: accepted with \\d+ warnings?"));
        assertThat(result.out().lines().filter(l -> l.contains(": warning: "))).allMatch(l -> l.endsWith("is out of the documented order"));
        assertThat(result.err()).isEmpty();
        System.out.println("validate of " + (args.size() - 1) + " examples took " + result.millis() + " ms wall time");
    }

    @Test
    void rejectsHostileInputWithoutAStackTrace() throws Exception {
        var result = java(List.of("validate", Fixtures.BAD.resolve("doctype-external-entity.xml").toString()));
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out() + result.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void theJarCarriesTheCliAndTheModelJarDoesNotNeedIt() throws Exception {
        try (var jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("io.cicallback.cli.CliMain");
            assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
        }
        var pom = Files.readString(Path.of("pom.xml"));
        var picocli = pom.substring(pom.indexOf("<artifactId>picocli</artifactId>"));
        assertThat(picocli.substring(0, picocli.indexOf("</dependency>"))).contains("<optional>true</optional>");
    }
}
