package io.cicallback.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cicallback.Fixtures;
import io.cicallback.model.Job;
import io.cicallback.read.ReadResult;
import io.cicallback.testkit.Fixture;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * The Serde in the README's Kafka Streams topology ({@code StreamsRecipe}; Kafka's own test driver runs it): callbacks pass through
 * byte for byte, typed on the way; the deserializer takes its mode from the client's properties.
 */
class CallbackSerdeTest {

    /** A record's bytes are the client's: changing them after the read changes neither the result nor what is written. */
    @Test
    void aReadResultKeepsItsOwnCopyOfTheRecord() {
        try (var serde = new CallbackSerde()) {
            for (var fixture : Fixture.all()) {
                var record = fixture.bytes();
                var read = serde.deserializer().deserialize("ci-callbacks", record);
                java.util.Arrays.fill(record, (byte) '#');
                assertThat(read.rawBody()).as(fixture.name()).isEqualTo(fixture.bytes());
                assertThat(serde.serializer().serialize("out", read)).as(fixture.name()).isEqualTo(fixture.bytes());
            }
        }
    }

    @Test
    void aTopologyPassesCallbacksOnByteForByte() {
        var properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "serde-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (var driver = new TopologyTestDriver(io.cicallback.readme.kafka.StreamsRecipe.topology(), properties)) {
            var in = driver.createInputTopic("ci-callbacks", Serdes.String().serializer(), Serdes.ByteArray().serializer());
            var out = driver.createOutputTopic("ci-succeeded", Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
            for (var fixture : Fixture.all()) {
                in.pipeInput(fixture.name(), fixture.bytes());
            }
            var passed = out.readKeyValuesToMap();
            for (var fixture : Fixture.all()) {
                boolean succeeded = fixture.callback() instanceof io.cicallback.model.TaskFinishCallback jobs
                        && jobs.getJobs().stream().anyMatch(Job::succeeded);
                assertThat(passed.containsKey(fixture.name())).as(fixture.name()).isEqualTo(succeeded);
                if (succeeded) {
                    assertThat(passed.get(fixture.name())).isEqualTo(fixture.bytes());
                }
            }
        }
    }

    @Test
    void theModeComesFromTheProperties() {
        var unknownNode = Fixtures.bytes(Fixtures.BAD.resolve("unknown-node.xml"));
        var lenient = new CallbackDeserializer();
        lenient.configure(Map.of(), false);
        assertThat(lenient.deserialize("t", unknownNode)).isInstanceOf(ReadResult.class);
        var strict = new CallbackDeserializer();
        strict.configure(Map.of(CallbackDeserializer.MODE, "strict", "ci-callback.max-body-bytes", "100000"), false);
        var rejected = catchThrowable(() -> strict.deserialize("t", unknownNode));
        assertThat(rejected).isInstanceOf(CallbackDeserializationException.class);
        assertThat(((CallbackDeserializationException) rejected).value()).isEqualTo(unknownNode);
        assertThat(strict.reader().limits().maxBodyBytes()).isEqualTo(100_000);
        assertThat(strict.deserialize("t", null)).isNull();
        for (var wrong : java.util.List.of(Map.of(CallbackDeserializer.MODE, "loose"),
                Map.of("ci-callback.max-depth", "deep"), Map.of("ci-callback.max-depth", "0"))) {
            assertThat(catchThrowable(() -> new CallbackDeserializer().configure(wrong, false)))
                    .as(wrong.toString()).isInstanceOf(org.apache.kafka.common.config.ConfigException.class);
        }
    }

    /** Spring Kafka's ErrorHandlingDeserializer serialises the exception into a header: the findings survive. */
    @Test
    void aRejectionSurvivesJavaSerialisationWithItsFindings() throws Exception {
        var strict = new CallbackDeserializer();
        strict.configure(Map.of(CallbackDeserializer.MODE, "strict"), false);
        var body = Fixtures.bytes(Fixtures.BAD.resolve("unknown-node.xml"));
        var rejected = (CallbackDeserializationException) catchThrowable(() -> strict.deserialize("t", body));
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(rejected);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            var again = (CallbackDeserializationException) in.readObject();
            assertThat(again.findings()).isEqualTo(rejected.findings()).isNotEmpty();
            assertThat(again.value()).isEqualTo(body);
            assertThat(again.getMessage()).isEqualTo(rejected.getMessage());
        }
    }
}
