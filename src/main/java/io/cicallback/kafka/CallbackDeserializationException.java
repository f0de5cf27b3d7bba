package io.cicallback.kafka;

import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.Finding;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A record value the reader rejected: the findings, and the value's bytes exactly as they arrived, so that
 * nothing is lost when the record is set aside (a dead-letter topic keeps the bytes; this keeps both). Its
 * message names the first error, escaped.
 */
public final class CallbackDeserializationException extends SerializationException {

    private static final long serialVersionUID = 1L;

    /** The rejection, findings and all (serialisable, as Spring Kafka serialises it into a header). */
    private final CallbackRejectedException rejection;
    /** The record value as it arrived. */
    private final byte[] value;

    /**
     * @param topic     the record's topic
     * @param rejection why the reader rejected the value
     * @param value     the value as it arrived
     */
    public CallbackDeserializationException(String topic, CallbackRejectedException rejection, byte[] value) {
        super("callback rejected on topic " + topic + ": " + rejection.getMessage(), rejection);
        this.rejection = rejection;
        this.value = value.clone();
    }

    /** @return every finding, errors first as the reader listed them */
    public List<Finding> findings() {
        return rejection.findings();
    }

    /** @return the rejection itself */
    public CallbackRejectedException rejection() {
        return rejection;
    }

    /** @return a copy of the record value exactly as it arrived */
    public byte[] value() {
        return value.clone();
    }
}
