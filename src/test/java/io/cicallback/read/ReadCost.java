package io.cicallback.read;

import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.FindingKind;
import io.cicallback.value.WireFormat;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * One read with what it cost in bytes allocated (the JVM's count for the reading thread, so a read's garbage
 * counts as much as what it keeps): a bound that does not depend on how busy the machine is. Time is the
 * benchmark's to measure (its worst-case table), never a test's.
 *
 * @param outcome   the result or the rejection
 * @param allocated bytes the reading thread allocated
 */
record ReadCost(Object outcome, long allocated) {

    /** The bound every read keeps within, whatever the body. */
    static final long MAX_ALLOCATED = 64L * 1024 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static ReadCost of(CallbackReader reader, byte[] body, WireFormat format) {
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        Object outcome;
        try {
            outcome = reader.readAs(body, format);
        } catch (CallbackRejectedException e) {
            outcome = e;
        }
        return new ReadCost(outcome, THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
    }

    /**
     * @return the second of two reads: the first of a new shape also builds what a reader keeps for every
     *         later body (pooled buffers grown to fit), which is not this body's cost
     */
    static ReadCost settled(CallbackReader reader, byte[] body, WireFormat format) {
        of(reader, body, format);
        return of(reader, body, format);
    }

    boolean accepted() {
        return outcome instanceof ReadResult;
    }

    List<FindingKind> rejectedWith() {
        return outcome instanceof CallbackRejectedException e ? e.errors().stream().map(f -> f.kind()).toList() : List.of();
    }

    @Override
    public String toString() {
        return String.format("%.1f MiB allocated, %s", allocated / 1048576.0,
                accepted() ? "accepted" : "rejected with " + rejectedWith());
    }
}
