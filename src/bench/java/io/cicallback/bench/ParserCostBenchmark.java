package io.cicallback.bench;

import io.cicallback.HostileShapes;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.value.WireFormat;
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
 * The costliest of the shapes that tax a parser beyond the body's size ({@link HostileShapes}): those the
 * limits let in, read whole, leniently, at two sizes, in a 256 MiB heap, beside {@link WorstCaseBenchmark}
 * in the worst-case table. Each shape has one format.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = BenchmarkMain.FORKS, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ParserCostBenchmark {

    @Param({"elementNames", "attributeNames", "declarations", "attributeValue", "wideUnknownAtDepth", "keys",
        "longKeys"})
    public String shape;

    /** Body size in MiB: 1, and the default limit's 4. */
    @Param({"1", "4"})
    public int mebibytes;

    private byte[] body;
    private WireFormat format;
    private CallbackReader reader;

    @Setup
    public void setUp() {
        var hostile = HostileShapes.byKey(shape);
        body = hostile.body(mebibytes * 1024 * 1024, 0);
        format = hostile.format();
        reader = CallbackReader.create();
    }

    /** @return the result, or the rejection */
    @Benchmark
    public Object read() {
        try {
            return reader.readAs(body, format);
        } catch (CallbackRejectedException e) {
            return e;
        }
    }
}
