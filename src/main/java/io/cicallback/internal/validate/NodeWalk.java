package io.cicallback.internal.validate;

import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The walk over the compiled tree that the XML filter and the JSON reader share. Whatever the format, a body is
 * a root container whose children are documented or not, repeat or not, and end; each step is judged here, the
 * same way for both formats, and its findings recorded: the body's budget of repeatable entries, each open
 * container's record of the children it met and passed on, the judgement at a container's end (its required
 * children, its exactly-one-of group) and the judgement of a leaf's text. The two readers turn their format's
 * events into these steps, and say where they are: a path and a location, built only when a finding needs them.
 * Each judgement has a check that allocates nothing ({@link #countEntry()}, {@link Container#complete()},
 * {@link LeafRules#check}) and a report the reader calls only when the check fails, with what builds the path
 * and location: most bodies need no report at all. One instance per body.
 */
final class NodeWalk {

    /** What becomes of a leaf's text. */
    enum LeafOutcome {
        /** Valid: passed on. */
        PASS,
        /** A value the schema does not list, kept as text (a warning in lenient mode); reported. */
        PASS_REPORTED,
        /** Not of its form, or blank where required: left out; reported. */
        DROP_REPORTED,
        /** Empty in an optional typed leaf: no value, left out silently. */
        DROP_SILENTLY;

        /** @return whether the text goes on to the binder */
        boolean passes() {
            return this == PASS || this == PASS_REPORTED;
        }

        /** @return whether a finding was recorded on the leaf */
        boolean reported() {
            return this == PASS_REPORTED || this == DROP_REPORTED;
        }
    }

    /** An open container: the documented children it met and those passed on to the binder. */
    static final class Container {
        final CompiledTree.Positions positions;
        private final ChildSet met = new ChildSet();
        private final ChildSet passed = new ChildSet();

        Container(CompiledTree.Positions positions) {
            this.positions = positions;
        }

        /** Notes a documented child met; @return whether one of its name was met before in this container */
        boolean meet(CompiledTree.Child child) {
            boolean again = met.contains(child.position());
            met.add(child.position());
            return again;
        }

        /** Notes that the child at this position was passed on to the binder. */
        void pass(int position) {
            passed.add(position);
        }

        /** @return whether, at its end, the container lacks no required child and keeps its exactly-one-of group */
        boolean complete() {
            int oneOf = positions.oneOfPresent(passed);
            return positions.missing(passed).isEmpty() && (oneOf < 0 || oneOf == 1);
        }
    }

    private final Findings findings;
    private final InputLimits limits;
    private int repeatedEntries;

    NodeWalk(Findings findings, InputLimits limits) {
        this.findings = findings;
        this.limits = limits;
    }

    /**
     * Counts an entry of a repeatable node against {@link InputLimits#maxRepeatedNodes()}.
     *
     * @return whether it fits; when not, the reader reports {@link #tooManyEntries} and stops
     */
    boolean countEntry() {
        return ++repeatedEntries <= limits.maxRepeatedNodes();
    }

    /** Records the entry that {@link #countEntry()} found over the limit. */
    void tooManyEntries(String path, Location location) {
        findings.add(FindingKind.LIMIT_EXCEEDED, path, location,
                "more than " + limits.maxRepeatedNodes() + " entries of repeatable nodes", null);
    }

    /**
     * Reports a container that {@link Container#complete()} found incomplete at its end: each required child
     * not passed on is missing, unless it was reported absent already (a blank or malformed value, an empty
     * list; an unknown node of its name, say in a namespace, does not count), and of its exactly-one-of group
     * one child must have been passed on.
     *
     * @param path      the container's path
     * @param childPath the path of one of its children, by name
     */
    void end(Container container, String path, Function<String, String> childPath, Supplier<Location> location) {
        for (var expected : container.positions.missing(container.passed)) {
            var missing = childPath.apply(expected.name());
            if (!findings.reportedAbsent(missing)) {
                findings.add(Findings.missingKind(expected), missing, location.get(),
                        ValueMessages.missingNode(expected.name()), null);
            }
        }
        findings.checkOneOf(container.positions, container.passed, path, location);
    }

    /**
     * Judges a leaf's text that {@link LeafRules#check} did not find valid, and records what is wrong with it.
     *
     * @param verdict the check's verdict
     * @param text    the text, of characters XML can carry
     */
    LeafOutcome leaf(LeafRules.Verdict verdict, SchemaNode node, String text, Supplier<String> path,
                     Supplier<Location> location) {
        return switch (verdict) {
            case VALID -> LeafOutcome.PASS;
            case ABSENT -> LeafOutcome.DROP_SILENTLY;
            case MALFORMED -> report(FindingKind.MALFORMED_VALUE, node, text, path, location);
            case UNKNOWN_VALUE -> report(FindingKind.UNKNOWN_VALUE, node, text, path, location);
        };
    }

    /** Records a problem with a leaf's value; @return what becomes of the value */
    LeafOutcome report(FindingKind kind, SchemaNode node, String text, Supplier<String> path, Supplier<Location> location) {
        findings.addValueProblem(kind, node, path, location, text);
        return Findings.dropsValue(kind, node, text) ? LeafOutcome.DROP_REPORTED : LeafOutcome.PASS_REPORTED;
    }
}
