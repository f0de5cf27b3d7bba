package io.cicallback.read;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.FindingKind;
import io.cicallback.value.WireFormat;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * One read on a thread of its own under the hang guard, with what it cost: its time and the bytes it
 * allocated (the JVM's count for the reading thread, so a read's garbage counts as much as what it keeps).
 *
 * @param outcome   the result or the rejection
 * @param nanos     how long the read took
 * @param allocated bytes the reading thread allocated
 */
record ReadCost(Object outcome, long nanos, long allocated) {

    static final Duration HANG_GUARD = Duration.ofSeconds(2);
    /** The bounds every read keeps within, whatever the body. */
    static final long MAX_NANOS = 500_000_000L;
    static final long MAX_ALLOCATED = 64L * 1024 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static ReadCost of(CallbackReader reader, byte[] body, WireFormat format) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            Object outcome;
            try {
                outcome = reader.readAs(body, format);
            } catch (CallbackRejectedException e) {
                outcome = e;
            }
            return new ReadCost(outcome, System.nanoTime() - start, THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
        });
    }

    /**
     * @return the fastest of three reads (the first of a new shape runs before the JIT compiler has seen it),
     *         with the most any of them allocated
     */
    static ReadCost settled(CallbackReader reader, byte[] body, WireFormat format) {
        var best = of(reader, body, format);
        long allocated = best.allocated;
        for (int i = 0; i < 2 && best.nanos > MAX_NANOS / 4; i++) {
            var again = of(reader, body, format);
            allocated = Math.max(allocated, again.allocated);
            best = again.nanos < best.nanos ? again : best;
        }
        return new ReadCost(best.outcome, best.nanos, Math.max(allocated, best.allocated));
    }

    boolean accepted() {
        return outcome instanceof ReadResult;
    }

    List<FindingKind> rejectedWith() {
        return outcome instanceof CallbackRejectedException e ? e.errors().stream().map(f -> f.kind()).toList() : List.of();
    }

    @Override
    public String toString() {
        return String.format("%.1f ms, %.1f MiB allocated, %s", nanos / 1e6, allocated / 1048576.0,
                accepted() ? "accepted" : "rejected with " + rejectedWith());
    }
}
