package io.cicallback.internal.validate;

import io.cicallback.internal.bind.NodeBinding;
import io.cicallback.internal.bind.WalkOutput;
import io.cicallback.internal.parse.NameBudget;
import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.model.UnknownNode;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;
import io.cicallback.validate.ValidationMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one walk over the compiled grammar that every body takes, whatever its format. The XML filter and the JSON
 * reader only turn their format's events into its steps: a documented node entered ({@link #enter}), a container
 * begun and ended ({@link #startContainer}, {@link #endContainer}), a leaf's text ({@link #leaf}), an unknown
 * node's elements ({@link Keeping}). Everything else happens here, once for both formats: the open nodes and
 * their paths, the body's budgets (repeatable entries, undocumented names), each container's record of the
 * children it met and passed on and its judgement at the end (required children, the exactly-one-of group), each
 * leaf's judgement ({@link LeafRules}), handing the documented nodes fit to bind to the {@link WalkOutput}, and
 * keeping the unknown nodes a lenient read keeps.
 *
 * <p>Each judgement has a check that allocates nothing and a report made only when the check fails: a path is
 * built, and a location asked of the format, only when a finding needs one. One instance per body.
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

    /**
     * An open container: the documented children it met (how often, for the repeatable ones) and those passed on
     * to the binder.
     */
    static final class Container {
        final CompiledTree.Positions positions;
        private final ChildSet met = new ChildSet();
        private final ChildSet passed = new ChildSet();
        /** Occurrences of each repeatable child, by its slot; made when the first is met. */
        private int[] repeats;

        Container(CompiledTree.Positions positions) {
            this.positions = positions;
        }

        /**
         * Notes a documented child met.
         *
         * @return how many of its name were met before in this container: for a child that cannot repeat, 1 at
         *         most
         */
        int meet(CompiledTree.Child child) {
            int position = child.position();
            int slot = positions.repeatSlots()[position];
            if (slot < 0) {
                boolean again = met.contains(position);
                met.add(position);
                return again ? 1 : 0;
            }
            met.add(position);
            if (repeats == null) {
                repeats = new int[positions.repeatables()];
            }
            return repeats[slot]++;
        }

        /** @return whether, at its end, the container lacks no required child and keeps its exactly-one-of group */
        boolean complete() {
            int oneOf = positions.oneOfPresent(passed);
            return positions.missing(passed).isEmpty() && (oneOf < 0 || oneOf == 1);
        }
    }

    /**
     * One open documented node. Its path (and, in JSON, its pointers) are built only when a finding needs them:
     * most bodies have none.
     */
    static final class Frame {
        final SchemaNode node;
        /** {@code null} for the root. */
        final Frame parent;
        /** Among its same-named siblings, or -1 when it cannot repeat. */
        final int index;
        /** A JSON entry sent as the array's only value, not in an array: its received pointer has no index. */
        final boolean collapsed;
        /** The node as compiled; {@code null} for the root. */
        final CompiledTree.Child child;
        /** Containers: their children's positions. */
        final CompiledTree.Positions positions;
        /** Where the node goes in the model. */
        final NodeBinding binding;
        final boolean leaf;
        /** Containers: the children met and passed on. */
        final Container container;
        /** The root's pointer in the body as received; {@code null} below the root. */
        private final String rootReceived;
        /** A finding was recorded on this leaf's value. */
        boolean valueReported;
        /** XML: text that is no white space stood in this container (judged at its end, without a validator). */
        boolean heldText;
        private String path;

        private Frame(SchemaNode node, Frame parent, int index, boolean collapsed, CompiledTree.Child child,
                      CompiledTree.Positions positions, NodeBinding binding, String rootReceived) {
            this.node = node;
            this.parent = parent;
            this.index = index;
            this.collapsed = collapsed;
            this.child = child;
            this.positions = positions;
            this.binding = binding;
            this.rootReceived = rootReceived;
            this.leaf = node.isLeaf();
            this.container = leaf ? null : new Container(positions);
        }

        /** @return e.g. {@code Response.JobsDetail[0].State} */
        String path() {
            if (path == null) {
                path = parent == null ? node.name() : NodePaths.child(parent.path(), node.name(), index);
            }
            return path;
        }

        /** @return the path of a child of this name that cannot repeat, or of all of its entries */
        String childPath(String name) {
            return NodePaths.child(path(), name, -1);
        }

        /** @return its JSON pointer in the documented form */
        String pointer() {
            return parent == null ? "" : parent.pointer() + "/" + escape(node.name()) + (index >= 0 ? "/" + index : "");
        }

        /** @return its JSON pointer in the body as received (a collapsed entry has no index there) */
        String received() {
            return parent == null ? rootReceived
                    : parent.received() + "/" + escape(node.name()) + (index >= 0 && !collapsed ? "/" + index : "");
        }

        /** @return the pointer as received of a child of this name */
        String receivedChild(String name) {
            return received() + "/" + escape(name);
        }

        /** @return the steps from the root (excluded) to this node */
        List<KeptNodes.Step> steps() {
            var steps = new ArrayDeque<KeptNodes.Step>();
            for (var f = this; f.parent != null; f = f.parent) {
                steps.push(new KeptNodes.Step(f.node.name(), f.index));
            }
            return List.copyOf(steps);
        }

        static String escape(String name) {
            if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
                return name; // every documented name: no copy
            }
            return name.replace("~", "~0").replace("/", "~1");
        }
    }

    private final CompiledTree tree;
    private final Findings findings;
    private final InputLimits limits;
    /** Where the documented nodes go: the model builder, or the validator's events or tokens. */
    private final WalkOutput output;
    /** Where a read keeps unknown nodes and key/value entries; {@code null} when they are only judged. */
    private final KeptNodes kept;
    /** What key/value entries count against: the read's, or, for a validator, a budget of its own. */
    private final KeptNodes entries;
    /** Whether unknown nodes are kept (a lenient read) or only reported (a strict one, which rejects them). */
    private final boolean keepsUnknown;
    /** Builds the unknown node being kept; one at a time. */
    private final Keeping keeping = new Keeping();
    /** Where a finding is, by the node it is on: the format says (a line and column, or a pointer). */
    private final Function<Frame, Location> locate;
    /** The undocumented names this body brought. */
    private final NameBudget names;
    private int repeatedEntries;
    private int unknownValuesPassed;

    /**
     * @param output where the documented nodes go
     * @param kept   where unknown nodes are kept when {@code output} does not take them, or {@code null} to
     *               only judge them
     * @param locate where a finding on a node is, in the body's format
     */
    NodeWalk(CompiledTree tree, Findings findings, InputLimits limits, WalkOutput output, KeptNodes kept,
             Function<Frame, Location> locate) {
        this.tree = tree;
        this.findings = findings;
        this.limits = limits;
        this.output = output;
        this.kept = kept;
        this.entries = kept != null ? kept : new KeptNodes(limits.maxRepeatedNodes(), 0);
        this.keepsUnknown = findings.mode() == ValidationMode.LENIENT;
        this.locate = locate;
        this.names = new NameBudget(limits.maxDistinctNames());
    }

    /** @param received the root's pointer in the body as received (JSON; empty for XML) */
    Frame root(String received) {
        return new Frame(tree.root(), null, -1, false, null, tree.rootPositions(), tree.rootBinding(), received);
    }

    /**
     * Enters a documented child.
     *
     * @param index     its index among its same-named siblings, or -1 when it cannot repeat
     * @param collapsed a JSON entry not sent in an array
     */
    Frame enter(Frame parent, CompiledTree.Child child, int index, boolean collapsed) {
        return new Frame(child.node(), parent, index, collapsed, child, child.positions(), child.binding(), null);
    }

    /** @return the undocumented names the body brought (as far as it was read) */
    NameBudget names() {
        return names;
    }

    /** Counts a name the schema does not document against the body's budget; @return whether it fits */
    boolean admit(String name) {
        return names.admit(name);
    }

    /** @return the finding's message when {@link #admit} says a name does not fit */
    String tooManyNames() {
        return ValueMessages.tooManyNames(limits.maxDistinctNames());
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

    /** A container begins: its parent passed it on, and it goes on to the output. */
    void startContainer(Frame frame) {
        pass(frame);
        output.startContainer(frame.binding);
    }

    /**
     * A container ends: it goes to the output, and is judged: each required child not passed on is missing,
     * unless it was reported absent already (a blank or malformed value, an empty list; an unknown node of its
     * name, say in a namespace, does not count), and of its exactly-one-of group one child must have been passed
     * on.
     */
    void endContainer(Frame frame) {
        output.endContainer(frame.binding);
        var container = frame.container;
        if (container.complete()) {
            return;
        }
        for (var expected : container.positions.missing(container.passed)) {
            var missing = frame.childPath(expected.name());
            if (!findings.reportedAbsent(missing)) {
                findings.add(Findings.missingKind(expected), missing, locate.apply(frame),
                        ValueMessages.missingNode(expected.name()), null);
            }
        }
        findings.checkOneOf(container.positions, container.passed, frame.path(), () -> locate.apply(frame));
    }

    /**
     * Judges a leaf's text, of characters XML can carry, and records what is wrong with it. A lenient read keeps
     * the text of a value left out for not being of its form as an unknown node of the leaf's container, so that
     * writing the callback loses nothing; the typed property stays absent.
     *
     * @return whether the text may go on: then the reader passes it with {@link #passLeaf}
     */
    boolean leaf(Frame frame, String text) {
        var verdict = LeafRules.check(frame.node, frame.child.form(), text);
        if (verdict == LeafRules.Verdict.VALID) {
            return true;
        }
        var outcome = switch (verdict) {
            case ABSENT -> LeafOutcome.DROP_SILENTLY;
            case UNKNOWN_VALUE -> report(frame, FindingKind.UNKNOWN_VALUE, text, () -> locate.apply(frame));
            default -> report(frame, FindingKind.MALFORMED_VALUE, text, () -> locate.apply(frame));
        };
        if (outcome == LeafOutcome.PASS_REPORTED) {
            unknownValuesPassed++;
        }
        if (outcome == LeafOutcome.DROP_REPORTED) {
            keepSetAside(frame, text);
        }
        return outcome.passes();
    }

    /** The entries of a repeatable node sent as a JSON array begin. */
    void startList(CompiledTree.Child entries) {
        output.startList(entries.binding());
    }

    /** The entries of a repeatable node end. */
    void endList(CompiledTree.Child entries) {
        output.endList(entries.binding());
    }

    /** Text that is no white space, inside a container: only the XSD validator judges it. */
    void containerText(char[] text, int start, int length) {
        output.containerText(text, start, length);
    }

    /** A judged leaf goes on to the output: its container passed it on. */
    void passLeaf(Frame frame, String text) {
        pass(frame);
        output.leaf(frame.binding, text);
    }

    /**
     * Records a problem with a leaf's value found outside {@link #leaf}: by the XSD validator, or a JSON value of
     * a type no leaf takes. Once per leaf.
     *
     * @param location where the problem is
     * @return whether the value must not be passed on (malformed, or blank where required)
     */
    boolean valueProblem(Frame frame, FindingKind kind, String text, Supplier<Location> location) {
        if (frame.valueReported) {
            return false;
        }
        boolean drop = !report(frame, kind, text, location).passes();
        if (drop) {
            leftOut(frame);
        }
        return drop;
    }

    /** @return whether a value the schema does not list was passed on (everit would reject the enumeration) */
    boolean passedUnknownValues() {
        return unknownValuesPassed > 0;
    }

    private LeafOutcome report(Frame frame, FindingKind kind, String text, Supplier<Location> location) {
        frame.valueReported = true;
        findings.addValueProblem(kind, frame.node, frame::path, location, text);
        return Findings.dropsValue(kind, frame.node, text) ? LeafOutcome.DROP_REPORTED : LeafOutcome.PASS_REPORTED;
    }

    private void pass(Frame frame) {
        if (frame.parent != null) {
            frame.parent.container.passed.add(frame.child.position());
        }
    }

    private void keepSetAside(Frame leaf, String text) {
        if (kept == null || !keepsUnknown || text.isEmpty()) {
            return; // a strict read rejects the body; an empty required value is no value
        }
        if (kept.admit()) {
            keepIn(kept, leaf.parent, UnknownNode.leaf(leaf.node.name(), text));
        } else {
            leftOut(leaf);
        }
    }

    /**
     * Records, in a lenient read that keeps unknown nodes, a node it could not keep: its path is built only while
     * the paths left out are listed (a hostile body may leave out a node per few bytes).
     */
    void leftOut(Frame container, String name) {
        if (kept != null && keepsUnknown) {
            kept.leftOut(kept.listsLeftOut() ? container.childPath(name) : null);
        }
    }

    /** As {@link #leftOut(Frame, String)}, for a documented node whose value could not be kept. */
    void leftOut(Frame node) {
        if (kept != null && keepsUnknown) {
            kept.leftOut(kept.listsLeftOut() ? node.path() : null);
        }
    }

    /** As {@link #leftOut(Frame, String)}, for a node whose path was built for its finding already. */
    void leftOut(String path) {
        if (kept != null && keepsUnknown) {
            kept.leftOut(kept.listsLeftOut() ? path : null);
        }
    }

    /** Keeps a node that stood in a container: in the model being built, or by the container's path. */
    private void keepIn(KeptNodes into, Frame container, UnknownNode node) {
        if (!output.keep(node)) {
            into.add(container.steps(), node);
        }
    }

    /** @return a {@link Keeping} that keeps nothing: for a value only read through */
    Keeping readThrough() {
        return keeping.begin(null, null);
    }

    /**
     * Begins an undocumented node (or an entry of a key/value node) standing in {@code container}: the format
     * then gives its elements to the {@link Keeping} returned, and ends it there. One node at a time: the walk
     * has one {@code Keeping}, begun again for each.
     *
     * @param entry an entry of a key/value node, documented as any name: kept in either mode
     */
    Keeping unknown(Frame container, boolean entry) {
        var budget = entry ? entries : kept;
        return keeping.begin(container, budget == null || container.leaf || !entry && !keepsUnknown ? null : budget);
    }

    /**
     * Builds the unknown node a read keeps from its elements as the format gives them, with each element's text:
     * a JSON array as its name repeated, {@code null} as nothing. Once a part of it cannot be kept (a name that
     * is no XML element name, text XML cannot hold, text beside elements, something only one format can carry,
     * the budget spent), the rest is only read through, and nothing of it is kept.
     */
    final class Keeping {
        private Frame container;
        /** {@code null} when nothing is kept, only read through. */
        private KeptNodes budget;
        /** Made on first use, as is {@link #done}: most bodies keep nothing. */
        private Deque<Pending> open;
        /** The elements at the top, completed, kept at the end if all of them are whole. */
        private List<UnknownNode> done;
        private boolean spoiled;

        private Keeping begin(Frame container, KeptNodes budget) {
            this.container = container;
            this.budget = budget;
            this.spoiled = budget == null;
            if (!spoiled && open == null) {
                open = new ArrayDeque<>();
                done = new ArrayList<>(1);
            }
            if (open != null) {
                open.clear();
                done.clear();
            }
            return this;
        }

        /** @return whether the node is still being built: a reader may skip building what it would give */
        boolean building() {
            return !spoiled;
        }

        /** Opens an element; {@code object}: a JSON object, a container even with no child. */
        void open(String name, boolean object) {
            if (spoiled) {
                return;
            }
            spoiled = !KeptNodes.isElementName(name) || !budget.admit();
            if (spoiled) {
                open.clear(); // nothing more is built for this node: the rest of it is only read through
            } else {
                open.push(new Pending(name, object));
            }
        }

        /** Adds text to the element open last. */
        void text(char[] chars, int start, int length) {
            if (!spoiled) {
                open.peek().text.append(chars, start, length);
            }
        }

        /** Adds text to the element open last. */
        void text(String text) {
            if (!spoiled) {
                open.peek().text.append(text);
            }
        }

        /** Something neither format can carry the same way is in the node: nothing of it is kept. */
        void spoil() {
            spoiled = true;
            if (open != null) {
                open.clear();
            }
        }

        /** Closes the element open last. */
        void close() {
            if (spoiled) {
                return;
            }
            var element = open.pop();
            var text = element.text.toString();
            if (!element.children.isEmpty() && !text.isBlank()) {
                spoil(); // JSON has no place for it
                return;
            }
            var node = element.children.isEmpty() && !element.object ? UnknownNode.leaf(element.name, text)
                    : UnknownNode.container(element.name, element.children);
            (open.isEmpty() ? done : open.peek().children).add(node);
        }

        /** Ends the node; @return whether it was kept whole */
        boolean end() {
            if (spoiled) {
                return false;
            }
            done.forEach(node -> keepIn(budget, container, node));
            return true;
        }

        private static final class Pending {
            final String name;
            final boolean object;
            final StringBuilder text = new StringBuilder();
            final List<UnknownNode> children = new ArrayList<>();

            Pending(String name, boolean object) {
                this.name = name;
                this.object = object;
            }
        }
    }
}
