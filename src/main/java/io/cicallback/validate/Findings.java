package io.cicallback.validate;

import io.cicallback.schema.SchemaNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one validation run and gives each its severity from the mode. Not thread-safe:
 * one per run.
 */
public final class Findings {

    /** Beyond this many findings a body is hostile or hopeless; collecting more only costs memory. */
    public static final int MAX_FINDINGS = 500;

    private static final String EVENT_NAME_PATH = "Response.EventName";

    private final ValidationMode mode;
    private final List<Finding> list = new ArrayList<>();

    /** @param mode decides which kinds are errors */
    public Findings(ValidationMode mode) {
        this.mode = mode;
    }

    /** @return the mode findings are graded in */
    public ValidationMode mode() {
        return mode;
    }

    /**
     * Records a finding.
     *
     * @throws TooManyFindings when the limit is reached, to stop the run
     */
    public Finding add(FindingKind kind, String path, Location location, String message, String rawText) {
        if (kind == FindingKind.UNKNOWN_VALUE && EVENT_NAME_PATH.equals(path)) {
            // Another event (WorkflowFinish, ...) has another body: nothing to read leniently.
            kind = FindingKind.NOT_A_CALLBACK;
        }
        var finding = new Finding(mode.severityOf(kind), kind, path, location, message, rawText);
        list.add(finding);
        if (list.size() >= MAX_FINDINGS) {
            list.add(new Finding(Severity.ERROR, FindingKind.LIMIT_EXCEEDED, "", location,
                    "more than " + MAX_FINDINGS + " findings; stopped", null));
            throw new TooManyFindings();
        }
        return finding;
    }

    /**
     * Records a problem with a leaf's value. A malformed value is set aside in lenient mode, so on a node the
     * callback cannot lack it counts as a missing node, which no mode tolerates.
     */
    Finding addValueProblem(FindingKind kind, SchemaNode leaf, String path, Location location, String message,
                            String rawText) {
        if (kind == FindingKind.MALFORMED_VALUE && leaf != null && leaf.required()) {
            kind = FindingKind.MISSING_NODE;
        }
        return add(kind, path, location, message, rawText);
    }

    /** @return whether a finding was recorded at this path already */
    public boolean hasAt(String path) {
        return list.stream().anyMatch(f -> f.path().equals(path));
    }

    /** @return whether any recorded finding is an error */
    public boolean hasErrors() {
        return list.stream().anyMatch(Finding::isError);
    }

    /** @return the findings so far */
    public List<Finding> list() {
        return List.copyOf(list);
    }

    /** Thrown by {@link #add} when the findings limit is reached. */
    public static final class TooManyFindings extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyFindings() {
            super(null, null, false, false);
        }
    }
}
