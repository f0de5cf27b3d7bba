package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Exhaustive;
import io.cicallback.Fixtures;
import io.cicallback.HostileShapes;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.ValidationMode;
import io.cicallback.value.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What costs a parser more than the body's size: distinct names, long names, attributes, namespace
 * declarations, large attribute values. Every shape, at the default body limit, is read in both modes within
 * 64 MiB allocated (the benchmark's worst-case table times them), and either rejected for the limit it passes or, in lenient mode, accepted (and then written
 * and read back); each limit holds exactly at its value.
 */
@Exhaustive
class ParserCostClassesTest {

    private static final CallbackReader[] READERS = {Fixtures.STRICT, Fixtures.LENIENT};
    private static final String JOB = "<JobId>j</JobId><State>Success</State><Tag>VoiceSeparate</Tag>";
    private static final String JSON_JOB = "\"JobId\":\"j\",\"State\":\"Success\",\"Tag\":\"VoiceSeparate\"";

    static Stream<HostileShapes.Shape> shapes() {
        return HostileShapes.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyShapeAtTheBodyLimitIsReadWithinBoundsInBothModes(HostileShapes.Shape shape) {
        var body = shape.body(InputLimits.DEFAULT_MAX_BODY_BYTES, 1);
        for (var reader : READERS) {
            var cost = ReadCost.settled(reader.warmUp(), body, shape.format());
            var label = shape + " in " + reader.mode() + ": " + cost;
            assertThat(cost.allocated()).as(label).isLessThanOrEqualTo(ReadCost.MAX_ALLOCATED);
            if (shape.rejected() != null) {
                assertThat(cost.rejectedWith()).as(label).contains(shape.rejected());
            } else if (reader.mode() == ValidationMode.LENIENT) {
                assertThat(cost.accepted()).as(label).isTrue();
                HostileClassesTest.read(reader, body, shape.format()); // and it writes and reads back
            }
        }
    }

    static Stream<Arguments> worstCases() {
        return io.cicallback.WorstCaseBodies.SHAPES.stream()
                .flatMap(shape -> Stream.of(WireFormat.XML, WireFormat.JSON).map(format -> Arguments.of(shape, format)));
    }

    /**
     * The benchmark's worst cases, at the body limit: a lenient read of each, to its end or to the limit it
     * passes, stays within the allocation bound (the benchmark times them). A node a read leaves out every few
     * bytes must cost no more than its bytes.
     */
    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("worstCases")
    void everyWorstCaseAtTheBodyLimitIsReadWithinTheAllocationBound(String shape, WireFormat format) {
        var body = io.cicallback.WorstCaseBodies.build(shape, format.name(), InputLimits.DEFAULT_MAX_BODY_BYTES / (1024 * 1024));
        var cost = ReadCost.settled(Fixtures.LENIENT.warmUp(), body, format);

        assertThat(cost.allocated()).as(shape + " (" + format + "): " + cost).isLessThanOrEqualTo(ReadCost.MAX_ALLOCATED);
    }

    /** One limit: a body at it and one past it, in each format it applies to. */
    record Limit(String name, BiFunction<InputLimits.Builder, Integer, InputLimits.Builder> set, int value,
                 WireFormat format, IntFunction<String> bodyWith) {
        @Override
        public String toString() {
            return name + " (" + format + ")";
        }
    }

    static Stream<Limit> limits() {
        return Stream.of(
                new Limit("distinct element names", InputLimits.Builder::maxDistinctNames, 10, WireFormat.XML,
                        n -> xml("", repeat(n - 1, i -> "<e" + i + "/>"), "X")),
                new Limit("distinct attribute names", InputLimits.Builder::maxDistinctNames, 10, WireFormat.XML,
                        n -> xml("", repeat(n - 1, i -> "<X a" + i + "=\"1\"/>"), null)),
                new Limit("processing-instruction targets", InputLimits.Builder::maxDistinctNames, 10, WireFormat.XML,
                        n -> xml("", repeat(n, i -> "<?t" + i + " d?>"), null)),
                new Limit("namespace prefixes and URIs", InputLimits.Builder::maxDistinctNames, 10, WireFormat.XML,
                        n -> xml("", repeat(n - 2, i -> "<X xmlns:p=\"urn:" + i + "\"/>"), null)),
                new Limit("distinct keys", InputLimits.Builder::maxDistinctNames, 10, WireFormat.JSON,
                        n -> json(repeat(n - 1, i -> ",\"k" + i + "\":{}"), "X")),
                new Limit("attributes on one element", InputLimits.Builder::maxAttributes, 6, WireFormat.XML,
                        n -> xml(repeat(n - 1, i -> " a" + i + "=\"1\"") + " xmlns:p=\"urn:p\"", "", null)),
                new Limit("namespace declarations in scope", InputLimits.Builder::maxNamespaces, 6, WireFormat.XML,
                        n -> xml("", "<X xmlns:r=\"urn:r\">" + repeat(n - 1, i -> "<Y xmlns:p" + i + "=\"urn:p\">")
                                + repeat(n - 1, i -> "</Y>") + "</X>", null)),
                new Limit("name length", InputLimits.Builder::maxNameLength, 40, WireFormat.XML,
                        n -> xml("", "<" + "x".repeat(n) + "/>", null)),
                new Limit("attribute name length", InputLimits.Builder::maxNameLength, 40, WireFormat.XML,
                        n -> xml("", "<X " + "x".repeat(n) + "=\"1\"/>", null)),
                new Limit("key length", InputLimits.Builder::maxNameLength, 40, WireFormat.JSON,
                        n -> json(",\"" + "x".repeat(n) + "\":1", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void eachLimitHoldsExactlyAtItsValue(Limit limit) {
        var limits = limit.set().apply(InputLimits.builder(), limit.value()).build();
        var reader = CallbackReader.builder().limits(limits).build();
        var at = limit.bodyWith().apply(limit.value()).getBytes(StandardCharsets.UTF_8);
        var past = limit.bodyWith().apply(limit.value() + 1).getBytes(StandardCharsets.UTF_8);

        var atLimit = ReadCost.of(reader, at, limit.format());
        assertThat(atLimit.accepted()).as(limit + " at " + limit.value() + ": " + atLimit).isTrue();
        var pastLimit = ReadCost.of(reader, past, limit.format());
        assertThat(pastLimit.rejectedWith()).as(limit + " past " + limit.value()).containsExactly(FindingKind.LIMIT_EXCEEDED);
        var defaults = ReadCost.of(Fixtures.LENIENT, past, limit.format());
        assertThat(defaults.accepted()).as(limit + " within the default limits: " + defaults).isTrue();
    }

    private static String repeat(int count, IntFunction<String> piece) {
        var out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(piece.apply(i));
        }
        return out.toString();
    }

    /** A callback with attributes on its root, and more nodes in its job, inside an unknown node if named. */
    private static String xml(String rootAttributes, String inJob, String wrapper) {
        var nodes = wrapper == null ? inJob : "<" + wrapper + ">" + inJob + "</" + wrapper + ">";
        return "<Response" + rootAttributes + "><EventName>TaskFinish</EventName><JobsDetail>" + JOB + nodes
                + "</JobsDetail></Response>";
    }

    private static String json(String inJob, String wrapper) {
        var nodes = wrapper == null ? inJob : ",\"" + wrapper + "\":{" + inJob.substring(1) + "}";
        return "{\"EventName\":\"TaskFinish\",\"JobsDetail\":[{" + JSON_JOB + nodes + "}]}";
    }
}
