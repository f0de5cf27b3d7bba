package io.cicallback.validate;

/**
 * One thing a validator found in a callback.
 *
 * @param severity whether it rejects the callback
 * @param kind     what it is about
 * @param path     the node in the callback's own words, e.g. {@code Response.JobsDetail[0].Operation.JobLevel};
 *                 the same for XML and JSON (indexes count from 0); empty when no node applies
 * @param location where in the body
 * @param message  what is wrong, for a person
 * @param rawText  the offending text as received (a leaf's text, an unknown node's content), or {@code null}
 * @serial exclude (serialisable so that exceptions carrying findings are; its form is no API)
 */
public record Finding(Severity severity, FindingKind kind, String path, Location location, String message,
                      String rawText) implements java.io.Serializable {

    /** @return whether this finding rejects the callback */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        var where = location.line() == 0 && location.jsonPointer() == null ? "" : " (at " + location + ")";
        return severity.word() + ": " + (path.isEmpty() ? "" : path + ": ") + message + where;
    }
}
