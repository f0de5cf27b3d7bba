package io.cicallback.internal.validate;

import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;
import io.cicallback.validate.ValidationMode;

import io.cicallback.internal.bind.NodeBinding;
import io.cicallback.internal.bind.WalkOutput;
import io.cicallback.internal.parse.NameBudget;
import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.model.UnknownNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands between the SAX parser and the XSD validator, following the schema tree.
 *
 * <p>The documented nodes it finds fit to bind go to a {@link WalkOutput}: the model builder on the reader's
 * fast path, or the XSD validator's events; the document's own events (its start and end, the locator) pass
 * through to the validator ({@link XMLFilterImpl} forwards them).
 *
 * <p>XSD 1.0 cannot allow "any unknown element" beside optional siblings (Unique Particle Attribution), so
 * tolerance of unknown nodes cannot live in the schema. Instead this filter sets aside every element and
 * attribute the schema does not describe, with its raw text, before the validator sees it; the validator
 * and the binder behind it then only ever see documented nodes. Whether a set-aside node is an error or a
 * warning is the mode's decision, so strict and lenient share this one path.
 *
 * <p>What it judges it judges as the JSON reader does, through the same {@link NodeWalk}: entries of repeatable
 * nodes, each container's required children and exactly-one-of group at its end, and each leaf's text
 * ({@link LeafRules}: pattern, calendar, enumeration). It holds each leaf until its end: a malformed value, or a blank one where the node is required, is reported
 * and never forwarded, so neither the validator (which would throw an exception per bad value) nor the binder
 * (which would make up a value from it: {@code 4294967297} as an {@code int} is 1) ever sees it. What is
 * forwarded, the validator validates again.
 *
 * <p>It also keeps the current node path for the validator's findings, bounds nesting depth and the number of
 * repeated nodes, sets aside a second occurrence of a node that cannot repeat, and reports missing required
 * nodes by name. Findings beyond the listed ones are only counted: no path, message or raw text is built.
 *
 * <p>What is left for the validator to judge is small: text inside a container (children come in any order:
 * the schemas declare no sequence). So the filter can also stand in for it, with the binder straight behind it
 * ({@code judgesStructure}), reporting what the JDK's validator reports, as it reports it: one finding per
 * container that holds text, at its end. A differential test holds the two to the same findings on generated
 * bodies.
 */
final class XmlNodeFilter extends XMLFilterImpl {

    /** Caps the raw text kept for one set-aside node, so a hostile node cannot grow the findings. */
    private static final int MAX_RAW_CHARS = Findings.MAX_RAW_CHARS;
    /** Takes the document's own events (its start and end, the locator) when nothing does downstream. */
    private static final ContentHandler NO_HANDLER = new org.xml.sax.helpers.DefaultHandler();

    /** Where the documented nodes go: the model builder, or the XSD validator's events. */
    private final WalkOutput output;
    private final Findings findings;
    private final InputLimits limits;
    /** The tree compiled: children by name and position, leaf form checks. */
    private final CompiledTree tree;
    /** Whether the filter judges order and container text itself (no validator behind it). */
    private final boolean judgesStructure;
    private final Deque<Frame> stack = new ArrayDeque<>();
    /** The judgements the JSON reader shares: entries, container ends, leaf values. */
    private final NodeWalk walk;

    private Locator locator;
    private int depth;
    /** The undocumented names this body brought, which the parser keeps in its table. */
    private final NameBudget names;
    private int namespacesInScope;
    /** The text of the leaf being read: one buffer serves all, since leaves hold no elements here. */
    private final StringBuilder leafText = new StringBuilder(64);
    /** That text once the leaf has ended, for findings the validator raises on it. */
    private String leafValue = "";

    // Set while inside a set-aside node.
    private int skipDepth;
    /** {@code null} while skipping a node whose finding is only counted. */
    private StringBuilder skipRaw;
    private String skipPath;
    private Location skipLocation;

    /** Where a read keeps unknown nodes and key/value entries. */
    private final KeptNodes kept;
    /** Whether unknown nodes are kept (a lenient read) or only reported (a strict one, which rejects them). */
    private final boolean keepsUnknown;
    /** What key/value entries count against: the read's, or, for a validator, a budget of its own. */
    private final KeptNodes entries;
    /** Where the set-aside node being kept goes: {@link #kept} or {@link #entries}. */
    private KeptNodes target;
    /** The set-aside node is an entry of a key/value node: kept, and reported only if it cannot be. */
    private boolean skippingEntry;
    /** The set-aside node being kept, innermost element first; empty when none is. */
    private final Deque<Pending> keeping = new ArrayDeque<>();
    /** The set-aside node cannot be kept whole (a namespace, an attribute, mixed text, the budget spent). */
    private boolean keepingFailed;
    /** The container the node being kept stood in. */
    private Frame keptParent;

    /** An element of an unknown node being kept, until its end. */
    private static final class Pending {
        final String name;
        final StringBuilder text = new StringBuilder();
        final List<UnknownNode> children = new ArrayList<>();

        Pending(String name) {
            this.name = name;
        }
    }

    /** One open element. Its path is built only when a finding needs it: most documents have none. */
    private static final class Frame {
        final SchemaNode node;
        final Frame parent;
        final int index;
        /** Containers: their children's positions, and occurrences so far by position. */
        final CompiledTree.Positions positions;
        /** The node as compiled; {@code null} for the root. */
        final CompiledTree.Child child;
        final int[] childCounts;
        /** Containers: the children met and forwarded. */
        final NodeWalk.Container container;
        /** Whether the node holds text: then it is held until its end, its text in {@code leafText}. */
        final boolean leaf;
        /** When the filter judges structure: text was seen in this container. */
        boolean sawText;
        /** A finding was recorded on this leaf's value. */
        boolean valueReported;
        /** Where the node goes in the model. */
        final NodeBinding binding;
        private String path;

        /** Among its siblings, in schema order; -1 for the root. */
        final int position;

        /** The root's frame. */
        Frame(CompiledTree tree) {
            this(tree.root(), null, -1, tree.rootPositions(), null, -1, tree.rootBinding());
        }

        /** A documented child's frame. */
        Frame(CompiledTree.Child child, Frame parent, int index) {
            this(child.node(), parent, index, child.positions(), child, child.position(), child.binding());
        }

        private Frame(SchemaNode node, Frame parent, int index, CompiledTree.Positions positions,
                      CompiledTree.Child child, int position, NodeBinding binding) {
            this.node = node;
            this.binding = binding;
            this.position = position;
            this.parent = parent;
            this.index = index;
            this.leaf = node.isLeaf();
            this.positions = positions;
            this.child = child;
            this.childCounts = leaf ? null : new int[positions.children().length];
            this.container = leaf ? null : new NodeWalk.Container(positions);
        }

        String path() {
            if (path == null) {
                path = NodePaths.child(parent == null ? "" : parent.path(), node.name(), index);
            }
            return path;
        }
    }

    /** Thrown to end the parse once the document cannot be a callback; the finding is already recorded. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stopped");
        }
    }

    /**
     * @param tree      the tree compiled
     * @param validator the XSD validator, which also takes the document's own events; {@code null} when the
     *                  filter judges container text itself
     * @param output    where the documented nodes go: the validator's events, or the model builder
     * @param kept      where unknown nodes are kept when {@code output} does not take them, or {@code null} to
     *                  skip them
     */
    XmlNodeFilter(CompiledTree tree, ContentHandler validator, WalkOutput output, Findings findings,
                  InputLimits limits, KeptNodes kept) {
        this.kept = kept;
        this.entries = kept != null ? kept : new KeptNodes(limits.maxRepeatedNodes(), 0);
        this.keepsUnknown = findings.mode() == ValidationMode.LENIENT;
        this.output = output;
        setContentHandler(validator != null ? validator : NO_HANDLER);
        this.findings = findings;
        this.limits = limits;
        this.tree = tree;
        this.judgesStructure = validator == null;
        this.names = new NameBudget(limits.maxDistinctNames());
        this.walk = new NodeWalk(findings, limits);
    }

    /** @return the undocumented names the body brought (as far as it was read) */
    NameBudget names() {
        return names;
    }

    /**
     * Records a problem with the value of the leaf being read, once per leaf.
     *
     * @return whether the value must not be forwarded: malformed, or blank where required
     */
    boolean reportValueProblem(FindingKind kind, java.util.function.Supplier<Location> location) {
        var frame = stack.peek();
        if (frame == null || !frame.leaf || frame.valueReported) {
            return false;
        }
        frame.valueReported = true;
        boolean drop = !walk.report(kind, frame.node, leafValue, frame::path, location).passes();
        if (drop && kept != null && keepsUnknown) {
            kept.leftOut(kept.listsLeftOut() ? frame.path() : null);
        }
        return drop;
    }

    /** @return the path of the element being read, for findings raised by the validator */
    String currentPath() {
        return stack.isEmpty() ? "" : stack.peek().path();
    }

    /** @return the schema node of the element being read, or {@code null} before the root */
    SchemaNode currentNode() {
        return stack.isEmpty() ? null : stack.peek().node;
    }

    Location location() {
        return locator == null ? Location.nowhere() : Location.xml(locator.getLineNumber(), locator.getColumnNumber());
    }

    @Override
    public void setDocumentLocator(Locator documentLocator) {
        this.locator = documentLocator;
        super.setDocumentLocator(documentLocator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (++depth > limits.maxDepth()) {
            findings.add(FindingKind.LIMIT_EXCEEDED, currentPath(), location(),
                    "elements nest deeper than the limit of " + limits.maxDepth(), null);
            throw new Stop();
        }
        if (skipDepth > 0) {
            admit(qName);
            admitAttributes(atts);
            skipDepth++;
            appendTag("<", qName);
            if (!keeping.isEmpty()) {
                keepElement(uri, localName, atts);
            }
            return;
        }
        if (stack.isEmpty()) {
            if (locator instanceof Locator2 declared && "1.1".equals(declared.getXMLVersion())) {
                findings.add(FindingKind.FORBIDDEN_CONSTRUCT, "", location(), "XML 1.1 is not accepted: callbacks"
                        + " are XML 1.0, and 1.1 lets in control characters no callback value can hold", null);
                throw new Stop();
            }
            var root = tree.root();
            if (!uri.isEmpty() || !root.name().equals(localName)) {
                findings.add(FindingKind.NOT_A_CALLBACK, "", location(), "root element is <" + qName
                        + (uri.isEmpty() ? "" : "> in namespace " + uri + " ") + ">, expected <" + root.name() + ">", null);
                throw new Stop();
            }
            enter(new Frame(tree), atts);
            return;
        }
        var parent = stack.peek();
        var documented = uri.isEmpty() && !parent.leaf ? parent.positions.child(localName) : null;
        if (documented == null) {
            admit(qName);
            admitAttributes(atts);
            // A key/value node's entries are documented as any name: kept, with no finding, in either mode.
            boolean entry = !parent.leaf && parent.positions.open() && uri.isEmpty();
            beginSkip(entry ? null : findings.isListed(FindingKind.UNKNOWN_NODE)
                    ? NodePaths.child(parent.path(), localName, -1) : "", qName);
            skippingEntry = entry;
            target = entry ? entries : kept;
            keepingFailed = target == null || parent.leaf || !entry && !keepsUnknown; // text holds no elements
            keptParent = parent;
            if (!keepingFailed) {
                keepElement(uri, localName, atts);
            }
            return;
        }
        var child = documented.node();
        int seen = parent.childCounts[documented.position()]++;
        parent.container.meet(documented);
        var repeatable = child.repeatable();
        if (repeatable && !walk.countEntry()) {
            walk.tooManyEntries(NodePaths.child(parent.path(), localName, seen), location());
            throw new Stop();
        }
        if (!repeatable && seen > 0) {
            findings.add(FindingKind.STRUCTURE, NodePaths.child(parent.path(), localName, -1), location(),
                    "node " + localName + " occurs more than once", null);
            beginSkip(null, qName);
            return;
        }
        enter(new Frame(documented, parent, repeatable ? seen : -1), atts);
    }

    private void enter(Frame frame, Attributes atts) throws SAXException {
        admitAttributes(atts);
        stack.push(frame);
        for (int i = 0; i < atts.getLength(); i++) {
            findings.add(FindingKind.UNKNOWN_NODE, frame.path() + ".@" + atts.getQName(i), location(),
                    ValueMessages.unknownNode("@" + atts.getQName(i)), atts.getValue(i));
            if (kept != null) { // the model has no place for attributes
                kept.leftOut(kept.listsLeftOut() ? frame.path() + ".@" + atts.getQName(i) : null);
            }
        }
        if (frame.leaf) { // held until it is judged
            leafText.setLength(0);
            return;
        }
        // Attributes are never documented; xsi:type or xsi:schemaLocation must not reach the validator.
        forward(frame);
        output.startContainer(frame.binding);
    }

    /**
     * A lenient read keeps the text of a value set aside (not of its node's form) as an unknown node of the
     * leaf's container, so that writing the callback loses nothing; the typed property stays absent.
     */
    private void keepSetAside(Frame leaf, String text) {
        if (kept == null || !keepsUnknown || text.isEmpty()) {
            return; // a strict read rejects the body; an empty required value is no value
        }
        if (kept.admit()) {
            keepIn(kept, leaf.parent, UnknownNode.leaf(leaf.node.name(), text));
        } else {
            kept.leftOut(kept.listsLeftOut() ? leaf.path() : null);
        }
    }

    /** Opens an element of the unknown node being kept; one both formats cannot carry spoils the node. */
    private void keepElement(String uri, String localName, Attributes atts) {
        keepingFailed = keepingFailed || !uri.isEmpty() || atts.getLength() > 0 || !target.admit();
        if (keepingFailed) {
            keeping.clear(); // nothing more is built for this node: the rest of it is only skipped
        } else {
            keeping.push(new Pending(localName));
        }
    }

    /** Closes an element of the unknown node being kept; at the node's end, keeps it if it is whole. */
    private void endKeptElement() {
        var element = keeping.pop();
        keepingFailed |= !element.children.isEmpty() && !element.text.toString().isBlank(); // JSON has no place for it
        if (keepingFailed) {
            keeping.clear(); // nothing more is built for a node that will not be kept
            return;
        }
        var node = element.children.isEmpty() ? UnknownNode.leaf(element.name, element.text.toString())
                : UnknownNode.container(element.name, element.children);
        if (!keeping.isEmpty()) {
            keeping.peek().children.add(node);
        } else if (!keepingFailed && target != null) {
            keepIn(target, keptParent, node);
        }
    }

    /** Keeps a node that stood in a container: in the model being built, or by the container's path. */
    private void keepIn(KeptNodes into, Frame container, UnknownNode node) {
        if (!output.keep(node)) {
            into.add(steps(container), node);
        }
    }

    /** @return the steps from the root (excluded) to this frame */
    private static List<KeptNodes.Step> steps(Frame frame) {
        var steps = new ArrayDeque<KeptNodes.Step>();
        for (var f = frame; f.parent != null; f = f.parent) {
            steps.push(new KeptNodes.Step(f.node.name(), f.index));
        }
        return List.copyOf(steps);
    }

    /** Counts a name the schema does not document against the body's budget; stops the parse past it. */
    private void admit(String name) throws Stop {
        if (!names.admit(name)) {
            findings.add(FindingKind.LIMIT_EXCEEDED, currentPath(), location(),
                    ValueMessages.tooManyNames(limits.maxDistinctNames()), null);
            throw new Stop();
        }
    }

    /** Attributes are never documented: each name counts. */
    private void admitAttributes(Attributes atts) throws Stop {
        for (int i = 0; i < atts.getLength(); i++) {
            admit(atts.getQName(i));
        }
    }

    /** Notes that an element is about to be forwarded: its parent passed it on. */
    private void forward(Frame frame) {
        if (frame.parent != null) {
            frame.parent.container.pass(frame.position);
        }
    }

    /**
     * @param path the node's path, or {@code ""} when its finding is only counted, or {@code null} when it was
     *             reported already
     */
    private void beginSkip(String path, String qName) {
        skipDepth = 1;
        skipPath = path;
        boolean listed = path != null && !path.isEmpty();
        skipLocation = listed ? location() : null;
        skipRaw = listed ? new StringBuilder() : null;
        appendTag("<", qName);
    }

    /** Adds a tag to the raw text of a listed set-aside node; builds nothing for a counted one. */
    private void appendTag(String open, String qName) {
        if (skipRaw != null && skipRaw.length() < MAX_RAW_CHARS) {
            appendRaw(open + qName + ">");
        }
    }

    private void appendRaw(CharSequence text) {
        int room = MAX_RAW_CHARS - skipRaw.length();
        if (room > 0) {
            skipRaw.append(text, 0, Math.min(room, text.length()));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        if (skipDepth > 0) {
            appendTag("</", qName);
            if (!keeping.isEmpty()) {
                endKeptElement();
            }
            if (--skipDepth == 0 && (skipPath != null || skippingEntry) && keepingFailed) {
                if (kept != null) {
                    kept.leftOut(kept.listsLeftOut() ? NodePaths.child(keptParent.path(), localName, -1) : null);
                }
                if (skippingEntry) {
                    findings.add(FindingKind.UNKNOWN_NODE, NodePaths.child(keptParent.path(), localName, -1),
                            location(), "entry " + localName + " of " + keptParent.node.name() + " holds what neither"
                                    + " format can carry (an attribute, a namespace, text beside elements)", null);
                }
            }
            if (skipDepth == 0) {
                skippingEntry = false;
            }
            if (skipDepth == 0 && skipPath != null) {
                if (skipRaw == null) {
                    findings.countUnlisted(FindingKind.UNKNOWN_NODE);
                } else {
                    findings.add(FindingKind.UNKNOWN_NODE, skipPath, skipLocation, ValueMessages.unknownNode(qName),
                            skipRaw.toString());
                }
            }
            return;
        }
        var frame = stack.peek();
        if (frame.leaf) {
            endLeaf(frame);
        } else {
            if (frame.sawText) {
                findings.add(FindingKind.STRUCTURE, frame.path(), location(), ValueMessages.textInContainer(frame.node), null);
            }
            output.endContainer(frame.binding);
        }
        if (!frame.leaf && !frame.container.complete()) {
            walk.end(frame.container, frame.path(), name -> NodePaths.child(frame.path(), name, -1), this::location);
        }
        stack.pop();
    }

    /** Judges a held leaf, then forwards it whole or not at all. */
    private void endLeaf(Frame frame) throws SAXException {
        var text = leafText.toString();
        leafValue = text;
        var verdict = LeafRules.check(frame.node, frame.child.form(), text);
        if (verdict != LeafRules.Verdict.VALID) {
            var outcome = walk.leaf(verdict, frame.node, text, frame::path, this::location);
            frame.valueReported |= outcome.reported();
            if (!outcome.passes()) {
                if (outcome == NodeWalk.LeafOutcome.DROP_REPORTED) {
                    keepSetAside(frame, text);
                }
                return; // not forwarded: to the validator and the binder, the leaf is not there
            }
        }
        forward(frame);
        output.leaf(frame.binding, text);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            if (skipRaw != null && skipRaw.length() < MAX_RAW_CHARS) {
                appendRaw(new String(ch, start, Math.min(length, MAX_RAW_CHARS)));
            }
            if (!keeping.isEmpty()) {
                keeping.peek().text.append(ch, start, length);
            }
            return;
        }
        var frame = stack.peek();
        if (frame != null && frame.leaf) {
            leafText.append(ch, start, length);
            return;
        }
        if (isWhiteSpace(ch, start, length)) {
            return; // the indentation between elements: nothing for the validator or the binder
        }
        if (judgesStructure && frame != null && !frame.sawText) {
            frame.sawText = true; // reported at the container's end, as the validator does
        }
        output.containerText(ch, start, length);
    }

    private static boolean isWhiteSpace(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Bounds the declarations in scope (the parser resolves every prefixed name by a scan of them) and counts
     * prefix and URI as names (the parser keeps both in its table). Callbacks use no namespaces and attributes
     * are set aside, so no mapping is passed on: one declared on a set-aside node must not reach the binder.
     */
    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (++namespacesInScope > limits.maxNamespaces()) {
            findings.add(FindingKind.LIMIT_EXCEEDED, currentPath(), location(),
                    "more than " + limits.maxNamespaces() + " namespace declarations are in scope", null);
            throw new Stop();
        }
        admit(prefix);
        admit(uri);
    }

    @Override
    public void endPrefixMapping(String prefix) {
        namespacesInScope--;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skipDepth == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** Processing instructions carry nothing a callback needs; their targets are names the parser keeps. */
    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        admit(target);
    }

    @Override
    public void skippedEntity(String name) {
        // Unreachable: a DOCTYPE is refused, so no entity can be declared.
    }
}
