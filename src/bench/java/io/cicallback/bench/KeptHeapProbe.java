package io.cicallback.bench;

import io.cicallback.read.CallbackReader;
import io.cicallback.validate.CallbackRejectedException;
import java.lang.management.ManagementFactory;

/**
 * Run in a fresh JVM: the heap a reader keeps once warmed (the grammar, its bindings, the idle parsers),
 * measured after full collections before and after it read every example of every type in both formats. Prints
 * mebibytes.
 */
public final class KeptHeapProbe {

    private KeptHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        long before = usedAfterCollection();
        var reader = CallbackReader.create().warmUp();
        for (var format : new String[] {"xml", "json"}) {
            for (var body : BenchInputs.everyExample(format)) {
                try {
                    reader.read(body, null);
                } catch (CallbackRejectedException e) {
                    throw new IllegalStateException("an example was rejected: " + e.findings(), e);
                }
            }
        }
        long after = usedAfterCollection();
        java.lang.ref.Reference.reachabilityFence(reader);
        System.out.println((after - before) / (1024.0 * 1024.0));
    }

    private static long usedAfterCollection() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
