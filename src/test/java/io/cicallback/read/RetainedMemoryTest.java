package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Exhaustive;
import io.cicallback.Fixtures;
import io.cicallback.HostileShapes;
import io.cicallback.validate.InputLimits;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * What a reader keeps after reading: its parsers and binders are pooled, and a pooled parser keeps every name
 * it met and buffers as large as the largest value it read. After one body of every costly shape (the ones
 * the limits let in, which are read whole, and the ones rejected part way), the heap holds little more than
 * before; after eight bodies of each, every body with names of its own, no more than after one.
 */
@Exhaustive
class RetainedMemoryTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void eightHostileBodiesInARowLeaveNoMoreBehindThanOne() {
        var reader = CallbackReader.create().warmUp();
        for (var file : Fixtures.filesIn(Fixtures.EXAMPLES)) { // pools in use, as in a running service
            ReadCost.of(reader, Fixtures.bytes(file), Fixtures.formatOf(file));
        }
        long baseline = usedAfterGc();
        readEveryShape(reader, 0);
        long afterOne = usedAfterGc();
        for (int salt = 1; salt <= 8; salt++) {
            readEveryShape(reader, salt);
        }
        long afterEight = usedAfterGc();
        for (var file : Fixtures.filesIn(Fixtures.EXAMPLES)) { // and the reader still reads
            assertThat(ReadCost.of(reader, Fixtures.bytes(file), Fixtures.formatOf(file)).accepted()).as(file.toString()).isTrue();
        }
        var report = String.format("heap after GC: baseline %.1f MiB, after one body of each shape %.1f MiB, after"
                + " eight more %.1f MiB", baseline / (double) MIB, afterOne / (double) MIB, afterEight / (double) MIB);
        assertThat(afterOne - baseline).as(report).isLessThan(4 * MIB);
        assertThat(afterEight - afterOne).as(report).isLessThan(2 * MIB);
    }

    private static void readEveryShape(CallbackReader reader, int salt) {
        for (var shape : HostileShapes.all()) {
            ReadCost.of(reader, shape.body(InputLimits.DEFAULT_MAX_BODY_BYTES, salt), shape.format());
        }
    }

    private static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) { // the lowest of a few: a collection can finish what the previous began
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
