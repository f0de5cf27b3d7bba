package io.cicallback.bench;

import io.cicallback.read.CallbackReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM: reads one callback and prints three numbers: milliseconds from JVM start and from
 * {@code main} to the end of the first read (schemas, binders and parsers built on the way), and the read
 * alone. With {@code --warm-up}, {@link CallbackReader#warmUp()} runs first, as a service would at start-up,
 * and the third number is the first real read after it.
 */
public final class FirstReadProbe {

    private FirstReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        long mainStart = System.nanoTime();
        var body = Files.readAllBytes(Path.of(args[0]));
        var reader = CallbackReader.create();
        if (args.length > 1 && args[1].equals("--warm-up")) {
            reader.warmUp();
        }
        long readStart = System.nanoTime();
        var result = reader.read(body, null);
        long readEnd = System.nanoTime();
        long end = System.currentTimeMillis();
        if (result.jobs().isEmpty()) {
            throw new IllegalStateException("no job read");
        }
        long sinceJvmStart = end - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(sinceJvmStart + " " + (readEnd - mainStart) / 1_000_000 + " " + (readEnd - readStart) / 1_000_000.0);
    }
}
