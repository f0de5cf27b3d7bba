package io.cicallback.bench;

import io.cicallback.Fixtures;
import io.cicallback.kafka.CallbackDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Records per second one consumer thread takes from a real broker (Kafka's KRaft broker, in process, on
 * loopback): values deserialized by {@link CallbackDeserializer}, against the same bytes taken as they are
 * ({@link ByteArrayDeserializer}), in the same run, on the same topic. Not JMH: a consumer's throughput is
 * wall time over a whole topic; the table gives the median of several passes after one to warm up.
 */
final class KafkaThroughput {

    private static final int RECORDS = 20_000;
    private static final int PASSES = 5;

    private KafkaThroughput() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(table());
    }

    static String table() throws Exception {
        var broker = new EmbeddedKafkaKraftBroker(1, 1, "bench-xml", "bench-json");
        broker.afterPropertiesSet();
        try {
            var bootstrap = broker.getBrokersAsString();
            var out = new StringBuilder("## Kafka: one consumer thread, records per second (median of " + PASSES + " passes)\n\n"
                    + "| Topic of " + RECORDS + " doc-sample records | plain bytes (ByteArrayDeserializer) | read by CallbackDeserializer"
                    + " | cost of reading, µs/record |\n|---|---:|---:|---:|\n");
            for (var format : List.of("xml", "json")) {
                var topic = "bench-" + format;
                var body = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-workflow." + format));
                produce(bootstrap, topic, body);
                double plain = median(bootstrap, topic, new ByteArrayDeserializer());
                double read = median(bootstrap, topic, new CallbackDeserializer());
                out.append(String.format(Locale.ROOT, "| %s (%d bytes each) | %,.0f | %,.0f | %.1f |%n", topic, body.length,
                        plain, read, 1e6 / read - 1e6 / plain));
            }
            out.append("\nIn-process broker on loopback, the consumer in the benchmark's own JVM, on ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n");
            return out.toString();
        } finally {
            broker.destroy();
        }
    }

    private static void produce(String bootstrap, String topic, byte[] body) throws Exception {
        try (var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 5))) {
            for (int i = 0; i < RECORDS; i++) {
                producer.send(new ProducerRecord<>(topic, body));
            }
            producer.flush();
        }
    }

    /** @return the median records per second over the passes, each a fresh consumer group reading the topic */
    private static double median(String bootstrap, String topic, Deserializer<?> values) {
        var rates = new ArrayList<Double>();
        for (int pass = 0; pass <= PASSES; pass++) {
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, topic + "-" + values.getClass().getSimpleName() + "-" + pass,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new ByteArrayDeserializer(), values)) {
                consumer.subscribe(List.of(topic));
                int taken = 0;
                int timed = 0;
                long start = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (taken < RECORDS && System.nanoTime() < deadline) {
                    var records = consumer.poll(Duration.ofMillis(100));
                    if (start != 0) {
                        timed += records.count();
                    } else if (!records.isEmpty()) {
                        start = System.nanoTime(); // after the first batch: joining the group is not reading
                    }
                    taken += records.count();
                }
                if (pass > 0) { // the first pass warms up
                    rates.add(timed / ((System.nanoTime() - start) / 1e9));
                }
            }
        }
        rates.sort(null);
        return rates.get(rates.size() / 2);
    }
}
