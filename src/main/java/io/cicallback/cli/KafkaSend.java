package io.cicallback.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code send kafka://HOST:PORT/TOPIC}: publishes a callback to a Kafka topic as Tencent's Kafka delivery
 * does, the body as the record value, so that a consumer can be tested without Tencent.
 */
final class KafkaSend {

    private KafkaSend() {
    }

    /** @return whether the URL names a Kafka topic rather than an HTTP endpoint */
    static boolean isKafka(URI url) {
        return "kafka".equalsIgnoreCase(url.getScheme());
    }

    /** @return the exit code: 0 once the broker acknowledged the record, {@link SendCommand#NO_RESPONSE} otherwise */
    static int publish(CliMain.CliIo io, URI url, byte[] body, String contentType, int timeoutSeconds)
            throws InterruptedException {
        var topic = url.getPath() == null ? "" : url.getPath().replaceFirst("^/", "");
        if (url.getHost() == null || url.getPort() < 0 || topic.isEmpty()) {
            io.err().println("ci-callback: a Kafka destination is kafka://HOST:PORT/TOPIC");
            return CliMain.USAGE;
        }
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, url.getHost() + ":" + url.getPort(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeoutSeconds * 1000L));
        try (var producer = new KafkaProducer<byte[], byte[]>(config)) {
            var record = new ProducerRecord<byte[], byte[]>(topic, null, null, null, body,
                    List.of(new RecordHeader("content-type", contentType.getBytes(StandardCharsets.UTF_8))));
            var sent = producer.send(record).get(timeoutSeconds, TimeUnit.SECONDS);
            io.out().println("published to " + topic + ", partition " + sent.partition() + ", offset " + sent.offset());
            return CliMain.OK;
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            io.err().println("ci-callback: cannot publish to " + url + ": " + (e.getCause() == null
                    ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName()));
            return SendCommand.NO_RESPONSE;
        }
    }
}
