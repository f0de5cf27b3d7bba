package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library jar as users get it (everit and org.json relocated inside it) reads and validates every example
 * and every must-reject file the same whatever org.json an application puts first on the classpath: android-json
 * (which spring-boot-starter-test brings), an old org.json, a newer one. Each read runs in a fresh JVM with
 * the classpath a user would have; the build copies the variants and writes the classpaths beforehand.
 */
class OrgJsonVariantsIT {

    private static final Path TARGET = Path.of("target");
    private static final Path VARIANTS = TARGET.resolve("org-json-variants");

    @ParameterizedTest
    @ValueSource(strings = {"android-json-0.0.20131108.vaadin1.jar", "json-20090211.jar", "json-20260814.jar"})
    void jsonReadingIgnoresTheApplicationsOrgJson(String variant) throws Exception {
        var baseline = probe(libraryClasspath(null));
        var withVariant = probe(libraryClasspath(VARIANTS.resolve(variant)));

        assertThat(baseline.exit()).isZero();
        assertThat(baseline.out()).contains("doc-en-workflow.json STRICT JSON accepted", "duplicate-key.json STRICT rejected",
                "doc-en-workflow.json STRICT validated accepted");
        assertThat(withVariant.exit()).as(withVariant.out()).isZero();
        assertThat(withVariant.out()).isEqualTo(baseline.out());
    }

    /**
     * Why the relocation: with everit and org.json as plain dependencies, android-json first breaks JSON
     * validation (the reader itself uses neither any more: it still reads).
     */
    @Test
    void withoutRelocationAndroidJsonBreaksJsonValidation() throws Exception {
        var classpath = new ArrayList<String>();
        classpath.add(VARIANTS.resolve("android-json-0.0.20131108.vaadin1.jar").toString());
        classpath.add(TARGET.resolve("classes").toString());
        classpath.addAll(lines(TARGET.resolve("unrelocated-classpath.txt")));
        classpath.add(TARGET.resolve("test-classes").toString());
        var run = probe(classpath);

        assertThat(run.exit() != 0 || !run.out().contains("doc-en-workflow.json STRICT validated accepted"))
                .as("android-json first on an unrelocated classpath: %s", run.out()).isTrue();
    }

    private static List<String> libraryClasspath(Path first) throws IOException {
        var classpath = new ArrayList<String>();
        if (first != null) {
            classpath.add(first.toString());
        }
        classpath.add(TARGET.resolve("ci-callback-0.1.0-SNAPSHOT.jar").toString());
        classpath.addAll(lines(TARGET.resolve("library-classpath.txt")));
        classpath.add(TARGET.resolve("test-classes").toString()); // the probe only
        return classpath;
    }

    private static List<String> lines(Path classpathFile) throws IOException {
        var text = Files.readString(classpathFile).strip();
        return text.isEmpty() ? List.of() : List.of(text.split(File.pathSeparator));
    }

    record Run(int exit, String out) {
    }

    private static Run probe(List<String> classpath) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classpath), ReadEveryFileProbe.class.getName()));
        Fixtures.filesIn(Fixtures.EXAMPLES).forEach(p -> command.add(p.toString()));
        Fixtures.filesIn(Fixtures.BAD).forEach(p -> command.add(p.toString()));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the probe did not finish: " + out);
        }
        return new Run(process.exitValue(), out);
    }
}
