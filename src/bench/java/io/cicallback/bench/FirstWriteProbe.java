package io.cicallback.bench;

import io.cicallback.read.CallbackReader;
import io.cicallback.write.CallbackWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM: reads one callback, then writes it once in the other format, as {@code convert} does, and
 * prints the milliseconds the write took (the writer's set-up included).
 */
public final class FirstWriteProbe {

    private FirstWriteProbe() {
    }

    public static void main(String[] args) throws Exception {
        var callback = CallbackReader.create().read(Files.readAllBytes(Path.of(args[0])), null).callback();
        long start = System.nanoTime();
        var written = args[1].equals("json") ? CallbackWriter.toJson(callback) : CallbackWriter.toXml(callback);
        long end = System.nanoTime();
        if (written.isEmpty()) {
            throw new IllegalStateException("nothing written");
        }
        System.out.println((end - start) / 1_000_000.0);
    }
}
