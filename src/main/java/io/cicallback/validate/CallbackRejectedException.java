package io.cicallback.validate;

import java.util.List;

/**
 * The one exception for a body that cannot be accepted, whatever the reason: malformed, hostile, oversized or
 * invalid. It carries every finding, errors and warnings, in document order where known.
 */
public class CallbackRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Every finding; serialised with the exception, as frameworks (Spring Kafka) serialise exceptions. */
    private final List<Finding> findings;

    /** @param findings everything found; at least one of them is an error */
    public CallbackRejectedException(List<Finding> findings) {
        super(summary(findings));
        this.findings = List.copyOf(findings);
    }

    /** @return every finding, errors and warnings */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the errors only */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /**
     * Whether the body is a callback of an event not taken here (its only errors are {@link
     * FindingKind#UNHANDLED_EVENT}): an event nobody documents yet, or one the endpoint's parameter type does not
     * take. The sender is Tencent, probably; an endpoint may choose to acknowledge it (2xx) so that it is not
     * delivered again, and log the body. The Spring integration answers it with {@code
     * ci-callback.unhandled-event-status} (400 unless set).
     *
     * @return whether every error is of kind {@link FindingKind#UNHANDLED_EVENT}
     */
    public boolean isUnhandledEvent() {
        var errors = errors();
        return !errors.isEmpty() && errors.stream().allMatch(f -> f.kind() == FindingKind.UNHANDLED_EVENT);
    }

    private static String summary(List<Finding> findings) {
        var errors = findings.stream().filter(Finding::isError).toList();
        if (errors.isEmpty()) {
            return "callback rejected";
        }
        var first = errors.get(0);
        return "callback rejected with " + errors.size() + " error(s); first: " + first;
    }
}
