package io.cicallback.bench;

import io.cicallback.read.CallbackReader;
import io.cicallback.validate.CallbackRejectedException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The costliest bodies the default limits let in, one per shape that used to cost more than linear time, read
 * leniently (the default, and the mode that keeps going past what it finds) at two sizes, so that the report
 * shows both the cost of a read and how it grows with the body. In a 256 MiB heap, as the untrusted-input
 * checks run. Shapes are built by {@link io.cicallback.WorstCaseBodies}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = BenchmarkMain.FORKS, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class WorstCaseBenchmark {

    @Param({"digitRun", "exponents", "tinyRepeatedNodes", "allInvalidList", "outOfOrderAtEnd"})
    public String shape;

    @Param({"XML", "JSON"})
    public String format;

    /** Body size in MiB: 1, and the default limit's 4. */
    @Param({"1", "4"})
    public int mebibytes;

    private byte[] body;
    private CallbackReader reader;

    @Setup
    public void setUp() {
        body = io.cicallback.WorstCaseBodies.build(shape, format, mebibytes);
        reader = CallbackReader.create();
    }

    /** @return the result, or the rejection: both are what a read of this body costs */
    @Benchmark
    public Object read() {
        try {
            return reader.read(body, null);
        } catch (CallbackRejectedException e) {
            return e;
        }
    }
}
