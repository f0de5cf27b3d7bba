package io.cicallback.write;

import io.cicallback.validate.Finding;
import java.util.List;

/** {@link CallbackWriter} refused a model that a reader would reject; the findings say why. */
public final class InvalidCallbackException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /** @param findings what the written body would be rejected for; at least one is an error */
    public InvalidCallbackException(List<Finding> findings) {
        super("the callback would be rejected: " + findings.stream().filter(Finding::isError).findFirst()
                .map(Finding::toString).orElse("(no error)"));
        this.findings = List.copyOf(findings);
    }

    /** @return everything found in what the model writes */
    public List<Finding> findings() {
        return findings;
    }
}
