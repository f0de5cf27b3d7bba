package io.cicallback.kafka;

import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.ValidationMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a record value as a callback, XML or JSON, through the library's reader: the same answers as on HTTP.
 * A body the reader rejects is a {@link CallbackDeserializationException} (a Kafka {@code
 * SerializationException}) carrying the findings and the raw bytes; the reader's own failure is a {@link
 * io.cicallback.read.ReaderFailureException}, never a rejection. A {@code null} value (a tombstone) is {@code
 * null}.
 *
 * <pre>{@code
 * props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CallbackDeserializer.class);
 * props.put("ci-callback.mode", "strict");          // optional; lenient by default
 * props.put("ci-callback.max-body-bytes", 1048576); // optional; every limit of InputLimits, kebab-cased
 * }</pre>
 *
 * With Spring Kafka, wrap it in an {@code ErrorHandlingDeserializer} so that a rejected record goes to the
 * error handler (and a dead-letter topic) instead of stopping the consumer; with the plain client, {@code
 * poll} throws a {@code RecordDeserializationException} whose cause is the rejection: seek past its offset.
 * Thread-safe once configured.
 */
public class CallbackDeserializer implements Deserializer<ReadResult> {

    /** The prefix of this deserializer's settings among the client's properties. */
    public static final String PREFIX = "ci-callback.";
    /** {@code lenient} (the default) or {@code strict}. */
    public static final String MODE = PREFIX + "mode";

    private static final Map<String, BiFunction<InputLimits.Builder, Integer, InputLimits.Builder>> LIMITS = Map.of(
            PREFIX + "max-body-bytes", InputLimits.Builder::maxBodyBytes,
            PREFIX + "max-depth", InputLimits.Builder::maxDepth,
            PREFIX + "max-number-length", InputLimits.Builder::maxNumberLength,
            PREFIX + "max-repeated-nodes", InputLimits.Builder::maxRepeatedNodes,
            PREFIX + "max-errors", InputLimits.Builder::maxErrors,
            PREFIX + "max-warnings", InputLimits.Builder::maxWarnings,
            PREFIX + "max-name-length", InputLimits.Builder::maxNameLength,
            PREFIX + "max-distinct-names", InputLimits.Builder::maxDistinctNames,
            PREFIX + "max-attributes", InputLimits.Builder::maxAttributes,
            PREFIX + "max-namespaces", InputLimits.Builder::maxNamespaces);

    /** The reader given to the constructor, which the properties do not change; {@code null} otherwise. */
    private final CallbackReader given;
    private volatile CallbackReader reader;

    /** A lenient reader with the default limits, until {@link #configure} says otherwise. */
    public CallbackDeserializer() {
        this.given = null;
        this.reader = CallbackReader.create();
    }

    /** @param reader the reader to use, whatever the client's properties say */
    public CallbackDeserializer(CallbackReader reader) {
        this.given = Objects.requireNonNull(reader, "reader");
        this.reader = reader;
    }

    /**
     * Takes {@value #MODE} and the limits ({@code ci-callback.max-body-bytes}, ...) from the client's
     * properties, unless a reader was given to the constructor.
     */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (given != null) {
            return;
        }
        var configured = configs.get(MODE);
        var mode = (configured == null ? "lenient" : configured.toString()).strip().toUpperCase(Locale.ROOT);
        if (!mode.equals("LENIENT") && !mode.equals("STRICT")) {
            throw new ConfigException(MODE, configured, "lenient or strict");
        }
        var limits = InputLimits.builder();
        for (var limit : LIMITS.entrySet()) {
            var value = configs.get(limit.getKey());
            if (value != null) {
                try {
                    limit.getValue().apply(limits, Integer.parseInt(value.toString().strip()));
                } catch (NumberFormatException e) {
                    throw new ConfigException(limit.getKey(), value, "a whole number");
                }
            }
        }
        try {
            reader = CallbackReader.builder().mode(ValidationMode.valueOf(mode)).limits(limits.build()).build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("ci-callback limits are positive: " + e.getMessage());
        }
    }

    @Override
    public ReadResult deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public ReadResult deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return reader.read(data, contentType(headers));
        } catch (CallbackRejectedException e) {
            throw new CallbackDeserializationException(topic, e, data);
        }
    }

    /** @return the value of a {@code content-type} header, which a producer may set; the content decides anyway */
    private static String contentType(Headers headers) {
        if (headers == null) {
            return null;
        }
        for (var header : headers) {
            if (header.key().equalsIgnoreCase("content-type") && header.value() != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** @return the reader records are read with */
    public CallbackReader reader() {
        return reader;
    }
}
