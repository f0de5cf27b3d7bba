package io.cicallback.readme.kafka;

import io.cicallback.kafka.CallbackDeserializationException;
import io.cicallback.model.Job;
import io.cicallback.read.ReadResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.FixedBackOff;

/** The README's Spring Kafka listener and error handler, as a component of the application. */
@Component
public class CallbackListener {

    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    /** The jobs processed, for the test. */
    static final List<Job> PROCESSED = new CopyOnWriteArrayList<>();

    // tag::kafka-listener[]
    @Bean
    DefaultErrorHandler errorHandler(ProducerFactory<Object, Object> producers) {   // rejected -> ci-callbacks-dlt
        var bytes = new KafkaTemplate<>(producers,    // the record as it came: bytes, whatever Boot's serializer
                Map.<String, Object>of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        var recoverer = new DeadLetterPublishingRecoverer(bytes);
        recoverer.addHeadersFunction((record, e) -> CallbackDeserializationException.headers(e));  // the findings
        return new DefaultErrorHandler(recoverer, new FixedBackOff(0, 0));
    }

    @KafkaListener(topics = "ci-callbacks", groupId = "media")
    void onCallback(ReadResult read) {
        for (Job job : read.jobs()) {                             // empty for a WorkflowFinish callback
            if (handled.add(job.deduplicationKey())) {            // a record may be delivered again
                process(job);
            }
        }
    }
    // end::kafka-listener[]

    private void process(Job job) {
        PROCESSED.add(job);
    }
}
