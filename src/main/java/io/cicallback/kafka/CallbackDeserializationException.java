package io.cicallback.kafka;

import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

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

    /** Header of a dead-letter record: the first error, escaped, in UTF-8. */
    public static final String ERROR_HEADER = "ci-callback-error";
    /** Header of a dead-letter record: every finding, one per line, escaped, in UTF-8. */
    public static final String FINDINGS_HEADER = "ci-callback-findings";

    /**
     * The reason a record was set aside, as headers for its dead-letter record: {@value #ERROR_HEADER} and
     * {@value #FINDINGS_HEADER}, from the rejection among the failure's causes (a framework wraps it, as Spring
     * Kafka's {@code DeserializationException} does); none when there is no rejection among them.
     *
     * <pre>{@code
     * recoverer.addHeadersFunction((record, e) -> CallbackDeserializationException.headers(e));
     * }</pre>
     *
     * @param failure what the consumer or its framework reports, or {@code null}
     * @return the headers, empty when the failure is not a rejected callback
     */
    public static Headers headers(Throwable failure) {
        var headers = new RecordHeaders();
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CallbackDeserializationException rejected) {
                var findings = rejected.findings();
                var first = rejected.rejection().errors().isEmpty() ? findings.get(0) : rejected.rejection().errors().get(0);
                headers.add(ERROR_HEADER, first.toString().getBytes(StandardCharsets.UTF_8));
                headers.add(FINDINGS_HEADER, String.join("\n", findings.stream().map(Finding::toString).toList())
                        .getBytes(StandardCharsets.UTF_8));
                break;
            }
        }
        return headers;
    }
}
