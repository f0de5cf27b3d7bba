package io.cicallback.readme.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import io.cicallback.kafka.CallbackDeserializationException;
import io.cicallback.model.Job;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.testkit.Fixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.ContainerTestUtils;

/**
 * The README's Spring Kafka recipe in a Spring Boot application with Boot's own defaults and nothing but the
 * README's properties and beans, against a real broker: every fixture of every type and every must-reject
 * file are published; the valid callbacks reach the listener, in order, the records behind a rejected one
 * included; every rejected record is in the dead-letter topic, its bytes as they came and its reason in
 * {@code ci-callback-error}.
 */
class ReadmeKafkaIT {

    private static final String TOPIC = "ci-callbacks";
    private static final String DEAD_LETTERS = TOPIC + "-dlt";

    @SpringBootApplication
    static class App {
    }

    @Test
    void validRecordsReachTheListenerAndRejectedOnesTheDeadLetterTopic() throws Exception {
        var broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC, DEAD_LETTERS);
        broker.afterPropertiesSet();
        try (var context = new SpringApplicationBuilder(App.class)
                .properties("spring.config.location=classpath:/io/cicallback/readme/kafka.properties",
                        "spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "spring.main.web-application-type=none", "spring.main.banner-mode=off")
                .run()) {
            for (var container : context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers()) {
                ContainerTestUtils.waitForAssignment(container, 1);
            }
            var good = new HashMap<String, byte[]>();
            var bad = new HashMap<String, byte[]>();
            var expectedJobs = new HashSet<String>();
            for (var fixture : Fixture.all()) {
                good.put(fixture.name(), fixture.bytes());
                if (fixture.callback() instanceof TaskFinishCallback jobs) {
                    jobs.getJobs().forEach(job -> expectedJobs.add(job.deduplicationKey()));
                }
            }
            for (var folder : Fixtures.badFolders()) {
                for (Path file : Fixtures.filesIn(folder)) {
                    bad.put("bad/" + folder.getParent().getFileName() + "/" + file.getFileName(), Fixtures.bytes(file));
                }
            }
            publishInterleaved(broker.getBrokersAsString(), good, bad);

            var deadLetters = readDeadLetters(broker.getBrokersAsString(), bad.size());
            assertThat(deadLetters.keySet()).containsExactlyInAnyOrderElementsOf(bad.keySet());
            deadLetters.forEach((key, record) -> {
                assertThat(record.value()).as(key).isEqualTo(bad.get(key));
                assertThat(record.headers().lastHeader(CallbackDeserializationException.ERROR_HEADER)).as(key).isNotNull();
            });
            var processed = new HashSet<String>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // a hang guard, not a measure
            while (!processed.containsAll(expectedJobs) && System.nanoTime() < deadline) {
                Thread.sleep(100);
                CallbackListener.PROCESSED.stream().map(Job::deduplicationKey).forEach(processed::add);
            }
            assertThat(processed).isEqualTo(expectedJobs);
            assertThat(CallbackListener.PROCESSED).hasSize(expectedJobs.size());
        } finally {
            broker.destroy();
        }
    }

    /** Publishes the good and the bad records mixed, one bad after every few good ones. */
    private static void publishInterleaved(String bootstrap, Map<String, byte[]> good, Map<String, byte[]> bad) {
        var properties = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            var badOnes = new ArrayList<>(bad.entrySet());
            int next = 0;
            int count = 0;
            for (var entry : good.entrySet()) {
                producer.send(new ProducerRecord<>(TOPIC, entry.getKey(), entry.getValue()));
                if (++count % 3 == 0 && next < badOnes.size()) {
                    var poison = badOnes.get(next++);
                    producer.send(new ProducerRecord<>(TOPIC, poison.getKey(), poison.getValue()));
                }
            }
            for (; next < badOnes.size(); next++) {
                producer.send(new ProducerRecord<>(TOPIC, badOnes.get(next).getKey(), badOnes.get(next).getValue()));
            }
            producer.flush();
        }
    }

    private static Map<String, org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> readDeadLetters(
            String bootstrap, int count) {
        var properties = Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-check", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var out = new HashMap<String, org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>>();
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Set.of(DEAD_LETTERS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // a hang guard, not a measure
            while (out.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> out.put(record.key(), record));
            }
        }
        return out;
    }
}
