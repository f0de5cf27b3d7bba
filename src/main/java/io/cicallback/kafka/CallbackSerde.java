package io.cicallback.kafka;

import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * For Kafka Streams: reads values with {@link CallbackDeserializer} and writes a {@link ReadResult} back as the
 * body it was read from, byte for byte, so that a topology passes callbacks on losslessly.
 *
 * <pre>{@code
 * builder.stream("ci-callbacks", Consumed.with(Serdes.String(), new CallbackSerde()))
 *        .filter((key, read) -> read.callback().getJobs().stream().anyMatch(Job::succeeded))
 *        .to("ci-succeeded", Produced.with(Serdes.String(), new CallbackSerde()));
 * }</pre>
 */
public final class CallbackSerde implements Serde<ReadResult> {

    private final CallbackDeserializer deserializer;

    /** Lenient, with the default limits, until configured through the properties. */
    public CallbackSerde() {
        this.deserializer = new CallbackDeserializer();
    }

    /** @param reader the reader values are read with */
    public CallbackSerde(CallbackReader reader) {
        this.deserializer = new CallbackDeserializer(reader);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<ReadResult> serializer() {
        return (topic, result) -> result == null ? null : result.rawBody();
    }

    @Override
    public Deserializer<ReadResult> deserializer() {
        return deserializer;
    }
}
