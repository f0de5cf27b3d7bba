package io.cicallback.brokenclasspath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A classpath the reader cannot work with (jackson-core left out, as a version mix or a bad exclusion in a
 * user's build can do): the failure is the reader's own, never a rejection of the body. The reader throws
 * {@code ReaderFailureException} with the missing class as its cause, the CLI exits 3, Jersey and Spring Boot
 * answer 500 (a bare one: Jackson writes the problem body too); XML, which the reader reads without Jackson, is
 * still read. A Spring Boot application that warms its reader up at start-up (the default) does not start.
 */
class BrokenClasspathIT {

    @Test
    void aMissingJarIsTheReadersFailureNotTheBodys() throws Exception {
        var classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("jackson-core"))
                .collect(Collectors.joining(File.pathSeparator))
                + File.pathSeparator + Path.of("target", "classes"); // the CLI's classes, which the library jar leaves out
        assertThat(classpath).isNotEqualTo(System.getProperty("java.class.path"));
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, BrokenClasspathProbe.class.getName()).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = out.lines().toList();

        assertThat(lines).as(out).contains(
                "read JSON: ReaderFailureException caused by java.lang.NoClassDefFoundError",
                "read XML: accepted");
        assertThat(lines).as(out).anyMatch(l -> l.startsWith("cli validate JSON: exit 3 ci-callback: internal error:"));
        // Jackson writes the problem body too, so without it the answer is a bare 500: still no rejection.
        assertThat(lines).as(out).anyMatch(l -> l.startsWith("jersey JSON: 500") && !l.contains("NoClassDefFoundError"));
        assertThat(lines).as(out).anyMatch(l -> l.startsWith("jersey XML: 200"));
        assertThat(lines).as(out).contains("spring with warm-up: start failed with " + "io.cicallback.read.ReaderFailureException");
        assertThat(lines).as(out).anyMatch(l -> l.startsWith("spring JSON: 500") && !l.contains("NoClassDefFoundError"));
        assertThat(lines).as(out).anyMatch(l -> l.startsWith("spring XML: 200"));
        assertThat(out).as("the cause is logged").contains("NoClassDefFoundError");
    }
}
