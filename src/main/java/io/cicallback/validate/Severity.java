package io.cicallback.validate;

/** How much a finding matters. */
public enum Severity {
    /** The callback is rejected. */
    ERROR,
    /** The callback is accepted; the finding says what was set aside or kept as raw text. */
    WARNING;

    /** @return the lower-case word the command-line tool prints */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
