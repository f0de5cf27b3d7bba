package io.cicallback.bench;

import io.cicallback.read.CallbackReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM: reads one callback and prints two numbers, milliseconds from JVM start and from
 * {@code main} to the end of the first read (schemas, JAXB context and parsers built on the way).
 */
public final class FirstReadProbe {

    private FirstReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        long mainStart = System.nanoTime();
        var body = Files.readAllBytes(Path.of(args[0]));
        var result = CallbackReader.create().read(body, null);
        long end = System.currentTimeMillis();
        if (result.callback().getJobs().isEmpty()) {
            throw new IllegalStateException("no job read");
        }
        long sinceJvmStart = end - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(sinceJvmStart + " " + (System.nanoTime() - mainStart) / 1_000_000);
    }
}
