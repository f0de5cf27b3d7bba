package io.cicallback.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import io.cicallback.HostileShapes;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Callbacks from a real Kafka broker (Kafka's own KRaft broker, in process, on loopback): every example in
 * both formats, every must-reject file and hostile bodies of every class are produced to a topic of two
 * partitions and consumed by a group of two. With Spring Kafka (ErrorHandlingDeserializer around {@link
 * CallbackDeserializer}, a dead-letter topic): every valid callback is read once, equal to what the HTTP path
 * reads; every bad one is in the dead-letter topic, bytes intact, with the reason in its headers; the
 * group's offsets are committed past all of them. With the plain client: a bad record surfaces as a {@code
 * RecordDeserializationException} whose cause keeps the findings and the bytes, and the consumer goes on.
 */
class KafkaConsumerIT {

    private static final String TOPIC = "callbacks";
    private static final String PLAIN_TOPIC = "callbacks-plain";
    private static final String DEAD_LETTERS = TOPIC + "-dlt";
    /** A Kafka record is at most 1 MiB by default: hostile bodies are built just under it. */
    private static final int HOSTILE_SIZE = 900 * 1024;

    private static EmbeddedKafkaKraftBroker broker;
    private static String bootstrap;
    /** Record key to value, in the order produced. */
    private static final Map<String, byte[]> RECORDS = new LinkedHashMap<>();
    /** What the HTTP path (the reader, leniently) makes of each value: a result or a rejection. */
    private static final Map<String, Object> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 2, TOPIC, PLAIN_TOPIC, DEAD_LETTERS, "callbacks-sent");
        broker.afterPropertiesSet();
        bootstrap = broker.getBrokersAsString();
        for (var file : Fixtures.allExamples()) {
            RECORDS.put("example/" + Fixtures.SCHEMA.relativize(file), Fixtures.bytes(file));
        }
        for (var file : Fixtures.allBad()) {
            RECORDS.put("bad/" + Fixtures.SCHEMA.relativize(file), Fixtures.bytes(file));
        }
        for (var shape : HostileShapes.all()) {
            RECORDS.put("hostile/" + shape.key(), shape.body(HOSTILE_SIZE, 7));
        }
        var overlongSlash = new java.io.ByteArrayOutputStream();
        overlongSlash.writeBytes("{\"EventName\":\"TaskFinish\",\"X\":\"..".getBytes(StandardCharsets.US_ASCII));
        overlongSlash.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        overlongSlash.writeBytes("etc\"}".getBytes(StandardCharsets.US_ASCII));
        RECORDS.put("hostile/overlong-slash", overlongSlash.toByteArray());
        RECORDS.put("hostile/xml-1.1", ("<?xml version=\"1.1\"?><Response><EventName>TaskFinish</EventName><JobsDetail>"
                + "<JobId>j&#x1;</JobId><State>Success</State><Tag>VoiceSeparate</Tag></JobsDetail></Response>")
                .getBytes(StandardCharsets.UTF_8));
        var reader = CallbackReader.create();
        for (var record : RECORDS.entrySet()) {
            try {
                EXPECTED.put(record.getKey(), reader.read(record.getValue(), null));
            } catch (CallbackRejectedException e) {
                EXPECTED.put(record.getKey(), e);
            }
        }
        produce(PLAIN_TOPIC);
    }

    /** Produces every record to a topic; keyed by name, so they spread over both partitions. */
    private static void produce(String topic) throws Exception {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (var record : RECORDS.entrySet()) {
                producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue())).get(30, TimeUnit.SECONDS);
            }
        }
    }

    @AfterAll
    static void stop() {
        broker.destroy();
    }

    @Test
    void springKafkaReadsEveryValidCallbackOnceAndDeadLettersTheRest() throws Exception {
        var valid = EXPECTED.entrySet().stream().filter(e -> e.getValue() instanceof ReadResult).map(Map.Entry::getKey).toList();
        var bad = EXPECTED.keySet().stream().filter(key -> !valid.contains(key)).toList();
        assertThat(valid).hasSizeGreaterThan(20);
        assertThat(bad).hasSizeGreaterThan(15);

        var received = new ConcurrentHashMap<String, List<ReadResult>>();
        var consumerThreads = ConcurrentHashMap.<String>newKeySet();
        var consumers = new DefaultKafkaConsumerFactory<String, ReadResult>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "callbacks-spring",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
                ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CallbackDeserializer.class.getName()));
        var deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        var properties = new ContainerProperties(TOPIC);
        properties.setMessageListener((MessageListener<String, ReadResult>) record -> {
            consumerThreads.add(Thread.currentThread().getName());
            received.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>()).add(record.value());
        });
        var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setConcurrency(2);
        container.setCommonErrorHandler(new DefaultErrorHandler(new DeadLetterPublishingRecoverer(deadLetters),
                new FixedBackOff(0, 0)));
        container.start();
        try {
            // The group's two consumers each hold one partition before anything arrives.
            waitFor(() -> container.getContainers().size() == 2 && container.getContainers().stream()
                    .allMatch(child -> child.getAssignedPartitions() != null && child.getAssignedPartitions().size() == 1));
            produce(TOPIC);
            var dead = readAll(DEAD_LETTERS, bad.size());
            waitFor(() -> received.size() >= valid.size());

            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(valid);
            for (var key : valid) {
                assertThat(received.get(key)).as(key + " read once").hasSize(1);
                assertThat(received.get(key).get(0).callback()).as(key)
                        .isEqualTo(((ReadResult) EXPECTED.get(key)).callback());
            }
            assertThat(dead.keySet()).containsExactlyInAnyOrderElementsOf(bad);
            for (var key : bad) {
                var record = dead.get(key);
                assertThat(record.value()).as(key + " kept as it came").isEqualTo(RECORDS.get(key));
                var message = new String(record.headers().lastHeader("kafka_dlt-exception-stacktrace").value(),
                        StandardCharsets.UTF_8);
                var firstError = ((CallbackRejectedException) EXPECTED.get(key)).errors().get(0);
                assertThat(message).as(key).contains(CallbackDeserializationException.class.getName(), firstError.message());
            }
            assertThat(container.getContainers()).hasSize(2);
            waitFor(() -> committedToTheEnd("callbacks-spring", TOPIC));
        } finally {
            container.stop();
        }
        assertThat(consumerThreads).as("the group's two consumers").hasSize(2);
    }

    @Test
    void thePlainClientGetsTheFindingsAndTheBytesAndGoesOn() throws Exception {
        var readValues = new ArrayList<String>();
        var rejections = new LinkedHashMap<TopicPartition, List<CallbackDeserializationException>>();
        try (var consumer = new KafkaConsumer<String, ReadResult>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "callbacks-plain", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CallbackDeserializer.class,
                CallbackDeserializer.MODE, "lenient"))) {
            consumer.subscribe(List.of(PLAIN_TOPIC));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int rejected = 0;
            while (readValues.size() + rejected < RECORDS.size() && System.nanoTime() < deadline) {
                try {
                    for (var record : consumer.poll(Duration.ofMillis(200))) {
                        readValues.add(record.key());
                    }
                    consumer.commitSync();
                } catch (RecordDeserializationException e) {
                    rejections.computeIfAbsent(e.topicPartition(), p -> new ArrayList<>())
                            .add((CallbackDeserializationException) e.getCause());
                    rejected++;
                    consumer.seek(e.topicPartition(), e.offset() + 1); // the documented way past a bad record
                    consumer.commitSync(Map.of(e.topicPartition(),
                            new org.apache.kafka.clients.consumer.OffsetAndMetadata(e.offset() + 1)));
                }
            }
        }
        var expectedValid = EXPECTED.entrySet().stream().filter(e -> e.getValue() instanceof ReadResult).count();
        assertThat(readValues).hasSize((int) expectedValid).doesNotHaveDuplicates();
        var rejectedValues = rejections.values().stream().flatMap(List::stream).toList();
        assertThat(rejectedValues).hasSize(RECORDS.size() - (int) expectedValid).allSatisfy(e -> {
            assertThat(e.findings()).isNotEmpty();
            assertThat(RECORDS.values()).anyMatch(bytes -> java.util.Arrays.equals(bytes, e.value()));
        });
        waitFor(() -> committedToTheEnd("callbacks-plain", PLAIN_TOPIC));
    }

    @Test
    void sendPublishesACallbackThatTheDeserializerReads() throws Exception {
        // The executable jar, as a developer runs it.
        var process = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", java.nio.file.Path.of("target", "ci-callback-cli.jar").toString(), "send",
                "kafka://" + bootstrap + "/callbacks-sent", "--fixture", "doc-en-workflow.json")
                .redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("published to callbacks-sent");
        try (var consumer = new KafkaConsumer<String, ReadResult>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "callbacks-sent", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CallbackDeserializer.class))) {
            consumer.subscribe(List.of("callbacks-sent"));
            var read = new ArrayList<ReadResult>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (read.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> read.add(record.value()));
            }
            assertThat(read).singleElement().satisfies(result -> assertThat(result.callback())
                    .isEqualTo(io.cicallback.testkit.Fixture.DOC_EN_WORKFLOW_JSON.callback()));
        }
    }

    private static Map<String, ConsumerRecord<String, byte[]>> readAll(String topic, int count) {
        var out = new LinkedHashMap<String, ConsumerRecord<String, byte[]>>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (out.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> out.put(record.key(), record));
            }
        }
        return out;
    }

    private static boolean committedToTheEnd(String group, String topic) throws Exception {
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            var partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
            var ends = admin.listOffsets(Map.of(partitions.get(0), OffsetSpec.latest(), partitions.get(1), OffsetSpec.latest()))
                    .all().get();
            return partitions.stream().allMatch(p -> committed.containsKey(p)
                    && committed.get(p).offset() == ends.get(p).offset());
        }
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
