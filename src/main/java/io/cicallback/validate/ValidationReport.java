package io.cicallback.validate;

import java.util.List;

/**
 * What validating one body found.
 *
 * @param findings every finding, errors and warnings, in the order they were found
 */
public record ValidationReport(List<Finding> findings) {

    /**
     * Keeps an unmodifiable copy.
     *
     * @param findings every finding, in the order they were found
     */
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** @return {@code true} when no finding is an error */
    public boolean accepted() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** @return the errors */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /** @return the warnings */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }
}
