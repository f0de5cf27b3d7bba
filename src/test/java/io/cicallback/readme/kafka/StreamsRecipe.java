package io.cicallback.readme.kafka;

import io.cicallback.kafka.CallbackSerde;
import io.cicallback.model.Job;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** The README's Kafka Streams topology ({@code CallbackSerdeTest} runs it on Kafka's test driver). */
public final class StreamsRecipe {

    private StreamsRecipe() {
    }

    /** @return the topology: succeeded jobs' callbacks from ci-callbacks to ci-succeeded, bytes unchanged */
    public static Topology topology() {
        var builder = new StreamsBuilder();
        // tag::kafka-streams[]
        builder.stream("ci-callbacks", Consumed.with(Serdes.String(), new CallbackSerde()))
               .filter((key, read) -> read.jobs().stream().anyMatch(Job::succeeded))
               .to("ci-succeeded", Produced.with(Serdes.String(), new CallbackSerde()));
        // end::kafka-streams[]
        return builder.build();
    }
}
