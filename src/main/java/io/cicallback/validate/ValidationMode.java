package io.cicallback.validate;

/**
 * How strictly a callback is held to the documented structure.
 *
 * <p>Both modes run the same checks; they differ only in the severity of the findings that Tencent can cause by
 * evolving its payloads (see {@link FindingKind#isTolerable()}).
 */
public enum ValidationMode {
    /** The documented structure only: every finding is an error (children may come in any order, as in lenient mode). */
    STRICT,
    /**
     * Unknown nodes, unknown enumerated values and malformed leaf values become warnings
     * that keep the node's path and raw text; anything else is still an error. The default for reading.
     */
    LENIENT;

    /**
     * @param kind what was found
     * @return the severity that kind has in this mode
     */
    public Severity severityOf(FindingKind kind) {
        var tolerated = this == LENIENT ? kind.isTolerable() : kind.isToleratedWhenStrict();
        return tolerated ? Severity.WARNING : Severity.ERROR;
    }
}
