package io.cicallback.internal.validate;

import io.cicallback.validate.DisplayText;
import io.cicallback.validate.Finding;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;
import io.cicallback.validate.Severity;
import io.cicallback.validate.ValidationMode;

import io.cicallback.internal.schema.SchemaNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects the findings of one validation run and gives each its severity from the mode. Not thread-safe:
 * one per run.
 *
 * <p>Bounded, whatever the body: errors stop the run at {@link InputLimits#maxErrors()}; warnings are kept
 * one by one up to {@link InputLimits#maxWarnings()} and counted per kind after that, so that a body with
 * many new fields is still accepted. Messages, paths and JSON Pointers are escaped for display here, once.
 */
public final class Findings {

    /** Caps the raw text a finding keeps, so that a hostile node cannot grow the findings. */
    public static final int MAX_RAW_CHARS = 1024;

    private final ValidationMode mode;
    private final InputLimits limits;
    private final List<Finding> kept = new ArrayList<>();
    /** Paths of the findings kept, so that a node is not reported twice; counted warnings need no such check. */
    private final Set<String> paths = new HashSet<>();
    /**
     * Paths of required nodes already reported absent (blank, malformed): the one kind of finding that says why a
     * required node is missing. Another finding at the same path, such as an unknown node of the same name in a
     * namespace, says nothing of the documented node, which is then reported missing all the same.
     */
    private final Set<String> absences = new HashSet<>();
    private final Map<FindingKind, Integer> unlistedWarnings = new EnumMap<>(FindingKind.class);
    private int errors;
    private int warnings;

    /**
     * @param mode   decides which kinds are errors
     * @param limits how many errors stop the run and how many warnings are listed
     */
    public Findings(ValidationMode mode, InputLimits limits) {
        this.mode = mode;
        this.limits = limits;
    }

    /**
     * @param mode   the reader's mode
     * @param limits the reader's limits
     * @return the rejection of a body larger than {@link InputLimits#maxBodyBytes()}, wherever it is noticed
     */
    public static io.cicallback.validate.CallbackRejectedException bodyTooLarge(ValidationMode mode, InputLimits limits) {
        var findings = new Findings(mode, limits);
        findings.add(FindingKind.LIMIT_EXCEEDED, "", Location.nowhere(),
                "body is larger than the limit of " + limits.maxBodyBytes() + " bytes", null);
        return new io.cicallback.validate.CallbackRejectedException(findings.list());
    }

    /** @return the mode findings are graded in */
    public ValidationMode mode() {
        return mode;
    }

    /**
     * Records a finding.
     *
     * @param rawText the offending text as received, or {@code null}; kept as it is (evidence, not display)
     * @throws TooManyFindings when the error limit is reached, to stop the run
     */
    public void add(FindingKind kind, String path, Location location, String message, String rawText) {
        if (kind == FindingKind.MISSING_NODE || kind == FindingKind.MISSING_EXPECTED_NODE) {
            absences.add(path);
        }
        var severity = mode.severityOf(kind);
        if (severity == Severity.WARNING) {
            if (warnings++ < limits.maxWarnings()) {
                paths.add(path);
                kept.add(finding(severity, kind, path, location, message, rawText));
            } else {
                unlistedWarnings.merge(kind, 1, Integer::sum);
            }
            return;
        }
        paths.add(path);
        kept.add(finding(severity, kind, path, location, message, rawText));
        if (++errors >= limits.maxErrors()) {
            kept.add(new Finding(Severity.ERROR, FindingKind.LIMIT_EXCEEDED, "", location,
                    "more than " + limits.maxErrors() + " errors; stopped reading", null));
            throw new TooManyFindings();
        }
    }

    private static Finding finding(Severity severity, FindingKind kind, String path, Location location,
                                   String message, String rawText) {
        var raw = rawText == null || rawText.length() <= MAX_RAW_CHARS ? rawText : rawText.substring(0, MAX_RAW_CHARS);
        var shown = location.jsonPointer() == null ? location : Location.json(DisplayText.escape(location.jsonPointer()));
        return new Finding(severity, kind, DisplayText.escape(path), shown, DisplayText.escape(message), raw);
    }

    /**
     * @return whether a finding of this kind would be listed one by one now; when it would not, callers on a
     *         hot path call {@link #countUnlisted} instead of building its path and message
     */
    public boolean isListed(FindingKind kind) {
        return mode.severityOf(kind) == Severity.ERROR || warnings < limits.maxWarnings();
    }

    /** Counts a warning that {@link #isListed} said would not be listed. */
    public void countUnlisted(FindingKind kind) {
        warnings++;
        unlistedWarnings.merge(kind, 1, Integer::sum);
    }

    /**
     * Records a problem with a leaf's value, building its path, location and message only if it is listed.
     * A value that is set aside (malformed) or blank leaves the node without a value, so on a node the
     * callback cannot lack it counts as a missing node, which no mode tolerates; an event name nobody documents
     * is an event of its own kind, {@link FindingKind#UNHANDLED_EVENT}.
     *
     * @param kind    {@link FindingKind#MALFORMED_VALUE} or {@link FindingKind#UNKNOWN_VALUE}
     * @param rawText the value as received
     */
    void addValueProblem(FindingKind kind, SchemaNode leaf, Supplier<String> path, Supplier<Location> location,
                         String rawText) {
        boolean blank = leaf.required() && rawText.isBlank();
        var graded = blank || leaf.required() && kind == FindingKind.MALFORMED_VALUE ? missingKind(leaf)
                : leaf.required() && "EventName".equals(leaf.leafType()) ? FindingKind.UNHANDLED_EVENT : kind;
        if (!isListed(graded)) {
            if (graded == FindingKind.MISSING_EXPECTED_NODE) {
                absences.add(path.get());
            }
            countUnlisted(graded);
            return;
        }
        var message = blank ? "required node " + leaf.name() + " is empty"
                : kind == FindingKind.UNKNOWN_VALUE ? ValueMessages.unknownValue(leaf, rawText)
                : ValueMessages.malformed(leaf, rawText);
        add(graded, path.get(), location.get(), message, rawText);
    }

    /**
     * @param node a required node found absent
     * @return the kind of its absence: tolerated by lenient mode for a node some of Tencent's own samples leave
     *         out ({@link SchemaNode#absentTolerated()}), else never tolerated
     */
    static FindingKind missingKind(SchemaNode node) {
        return node.absentTolerated() ? FindingKind.MISSING_EXPECTED_NODE : FindingKind.MISSING_NODE;
    }

    /**
     * Checks a container's group of children of which exactly one must be present (the root's JobsDetail or
     * WorkflowExecution), once the container has ended.
     *
     * @param present the children present
     * @param path    the container's path
     */
    void checkOneOf(CompiledTree.Positions positions, ChildSet present, String path, Supplier<Location> location) {
        int count = positions.oneOfPresent(present);
        if (count == 0) {
            add(FindingKind.MISSING_NODE, path, location.get(), "one of " + positions.oneOfNames() + " is required", null);
        } else if (count > 1) {
            add(FindingKind.STRUCTURE, path, location.get(), "only one of " + positions.oneOfNames() + " may be present", null);
        }
    }

    /** @return whether a problem of this kind with this value leaves the node without a value to bind */
    static boolean dropsValue(FindingKind kind, SchemaNode leaf, String rawText) {
        return kind != FindingKind.UNKNOWN_VALUE || leaf.required() && rawText.isBlank();
    }

    /** @return whether a finding was recorded at this path already */
    public boolean hasAt(String path) {
        return paths.contains(path);
    }

    /** @return whether the node at this path was reported absent already (a blank or malformed required value) */
    boolean reportedAbsent(String path) {
        return absences.contains(path);
    }

    /** @return how many warnings of this kind were counted without being listed */
    public int unlistedCount(FindingKind kind) {
        return unlistedWarnings.getOrDefault(kind, 0);
    }

    /** @return whether any recorded finding is an error */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** @return the findings so far, with one summary warning per kind of warning not listed one by one */
    public List<Finding> list() {
        if (unlistedWarnings.isEmpty()) {
            return List.copyOf(kept);
        }
        var all = new ArrayList<>(kept);
        unlistedWarnings.forEach((kind, count) -> all.add(new Finding(Severity.WARNING, kind, "", Location.nowhere(),
                "and " + count + " more warning" + (count == 1 ? "" : "s") + " of kind " + kind
                        + " (only the first " + limits.maxWarnings() + " warnings are listed)", null)));
        return List.copyOf(all);
    }

    /** Thrown by {@link #add} when the error limit is reached. */
    public static final class TooManyFindings extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyFindings() {
            super(null, null, false, false);
        }
    }
}
