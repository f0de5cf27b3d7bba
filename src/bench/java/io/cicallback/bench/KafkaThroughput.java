package io.cicallback.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cicallback.Fixtures;
import io.cicallback.internal.bind.Bindings;
import io.cicallback.internal.wire.json.CallbackEnvelopeJson;
import io.cicallback.kafka.CallbackDeserializer;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Records per second one consumer thread takes from a real broker (Kafka's KRaft broker, in this process, on
 * loopback): values deserialized by {@link CallbackDeserializer}, against the same bytes taken as they are
 * ({@link ByteArrayDeserializer}), on the same topic. Beside them, as points of comparison, the format's own
 * libraries on the same records, validating nothing: the binding the reader is measured against elsewhere
 * (pooled JAXB, Jackson databind) and the tokenizer alone (the JDK's SAX parser as the reader hardens it,
 * Jackson's tokens). Not JMH: a consumer's throughput is wall time over a whole topic.
 *
 * <p>Each way consumes in JVMs of its own, as JMH forks: ways sharing one JVM slow each other down (JAXB, the
 * bare scan and the reader all drive the JDK's SAX parser, whose calls into their handlers then no longer
 * inline). The forks of the ways take turns, so that the broker's drift falls on all of them alike; a fork
 * warms up with several passes over the topic (a fresh consumer JVM speeds up for seconds), and the table gives
 * the median of the passes after them, of all forks.
 */
final class KafkaThroughput {

    private static final String PLAIN = "plain bytes (ByteArrayDeserializer)";
    private static final String READ = "read by CallbackDeserializer";

    private static final int RECORDS = 20_000;
    private static final int FORKS = 2;
    /** A fresh consumer JVM takes this many passes over the topic to reach its steady rate. */
    private static final int WARM_UP_PASSES = 8;
    private static final int PASSES = 4;
    /** What a fork prints before its rates, among the Kafka client's own logging. */
    private static final String RATES = "rates:";

    private KafkaThroughput() {
    }

    /**
     * Without arguments, prints the table; with a broker, a topic and a way, is a fork: consumes the topic that
     * way, and prints its rate for each pass after those that warm up.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.out.println(table());
            return;
        }
        var bootstrap = args[0];
        var topic = args[1];
        var way = args[2];
        var values = ways(topic.equals("bench-xml") ? "xml" : "json").get(way).get();
        var rates = new StringBuilder(RATES);
        for (int pass = 0; pass < WARM_UP_PASSES + PASSES; pass++) {
            double rate = rate(bootstrap, topic + "-" + way.hashCode() + "-" + ProcessHandle.current().pid() + "-" + pass,
                    topic, values);
            if (pass >= WARM_UP_PASSES) {
                rates.append(' ').append(rate);
            }
        }
        System.out.println(rates);
    }

    static String table() throws Exception {
        var broker = new EmbeddedKafkaKraftBroker(1, 1, "bench-xml", "bench-json");
        broker.afterPropertiesSet();
        try {
            var bootstrap = broker.getBrokersAsString();
            var out = new StringBuilder("## Kafka: one consumer thread, records per second (median of " + PASSES
                    + " passes in each of " + FORKS + " forks)\n\n| Topic of " + RECORDS + " doc-sample records | way of"
                    + " taking the value | records/s | share of plain | cost of the value, µs/record |\n"
                    + "|---|---|---:|---:|---:|\n");
            for (var format : List.of("xml", "json")) {
                var topic = "bench-" + format;
                var body = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-workflow." + format));
                produce(bootstrap, topic, body);
                var rates = new LinkedHashMap<String, List<Double>>();
                for (int fork = 0; fork < FORKS; fork++) {
                    for (var way : ways(format).keySet()) {
                        rates.computeIfAbsent(way, k -> new ArrayList<>()).addAll(fork(bootstrap, topic, way));
                    }
                }
                double plain = BenchmarkMain.median(rates.get(PLAIN));
                for (var way : rates.entrySet()) {
                    double rate = BenchmarkMain.median(way.getValue());
                    out.append(String.format(Locale.ROOT, "| %s (%d bytes each) | %s | %,.0f | %.2f | %.1f |%n", topic,
                            body.length, way.getKey(), rate, rate / plain, 1e6 / rate - 1e6 / plain));
                }
            }
            out.append("\nIn-process broker on loopback, each consumer in a JVM of its own, on ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores. The comparison rows validate"
                            + " nothing and keep no findings; the tokenizer rows build nothing.\n");
            return out.toString();
        } finally {
            broker.destroy();
        }
    }

    /** @return the rates of one fork consuming the topic with the way */
    private static List<Double> fork(String bootstrap, String topic, String way) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KafkaThroughput.class.getName(), bootstrap, topic, way)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the fork consuming " + topic + " with " + way + " failed:\n" + out);
        }
        var line = out.lines().filter(l -> l.startsWith(RATES)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the fork printed no rates:\n" + out));
        return Arrays.stream(line.substring(RATES.length()).strip().split(" ")).map(Double::valueOf).toList();
    }

    /** @return the ways of taking a value compared for the format, by their name in the table; each made on demand */
    private static Map<String, Supplier<Deserializer<?>>> ways(String format) {
        var ways = new LinkedHashMap<String, Supplier<Deserializer<?>>>();
        ways.put(PLAIN, ByteArrayDeserializer::new);
        ways.put(READ, CallbackDeserializer::new);
        if (format.equals("xml")) {
            ways.put("comparison: pooled JAXB unmarshal", KafkaThroughput::pooledJaxb);
            ways.put("comparison: the hardened JDK SAX scan alone", KafkaThroughput::saxScan);
        } else {
            ways.put("comparison: Jackson databind", KafkaThroughput::databind);
            ways.put("comparison: Jackson's tokens alone", KafkaThroughput::jacksonTokens);
        }
        return ways;
    }

    private static Deserializer<?> pooledJaxb() {
        try {
            var unmarshaller = Bindings.jaxbContext().createUnmarshaller();
            return (topic, data) -> {
                try {
                    return unmarshaller.unmarshal(new ByteArrayInputStream(data));
                } catch (JAXBException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Deserializer<?> saxScan() {
        var scanner = ReaderBenchmark.hardenedScanner();
        return (topic, data) -> {
            try {
                scanner.parse(new InputSource(new ByteArrayInputStream(data)));
                return data;
            } catch (IOException | SAXException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Deserializer<?> databind() {
        var mapper = new ObjectMapper();
        return (topic, data) -> {
            try {
                return mapper.readValue(data, CallbackEnvelopeJson.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Deserializer<?> jacksonTokens() {
        var factory = new JsonFactory();
        return (topic, data) -> {
            try {
                return ReaderBenchmark.countTokens(factory, data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
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

    /** @return records per second one fresh consumer of the group takes the whole topic at */
    private static double rate(String bootstrap, String group, String topic, Deserializer<?> values) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
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
            return timed / ((System.nanoTime() - start) / 1e9);
        }
    }
}
