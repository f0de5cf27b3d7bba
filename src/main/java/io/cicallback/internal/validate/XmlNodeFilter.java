package io.cicallback.internal.validate;

import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;

import io.cicallback.internal.bind.WalkOutput;
import io.cicallback.internal.parse.NameBudget;
import io.cicallback.internal.schema.SchemaNode;
import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands between the SAX parser and the XSD validator, turning the parser's events into the steps of the
 * {@link NodeWalk} every body takes: the walk judges the nodes, keeps the unknown ones a lenient read keeps and
 * passes the documented nodes fit to bind to its {@link WalkOutput} (the model builder on the reader's fast path,
 * or the XSD validator's events); the document's own events (its start and end, the locator) pass through to the
 * validator ({@link XMLFilterImpl} forwards them). What is left here is XML's own: attributes, namespaces, the
 * XML version, the root's name, nesting depth, text inside a container, and the raw text of a node set aside.
 *
 * <p>XSD 1.0 cannot allow "any unknown element" beside optional siblings (Unique Particle Attribution), so
 * tolerance of unknown nodes cannot live in the schema. Instead this filter sets aside every element and
 * attribute the schema does not describe, with its raw text, before the validator sees it; the validator
 * and the binder behind it then only ever see documented nodes. Whether a set-aside node is an error or a
 * warning is the mode's decision, so strict and lenient share this one path. It holds each leaf until its end:
 * a malformed value, or a blank one where the node is required, is reported and never forwarded, so neither the
 * validator (which would throw an exception per bad value) nor the binder ever sees it. A second occurrence of a
 * node that cannot repeat is set aside too.
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

    private final Findings findings;
    private final InputLimits limits;
    /** Whether the filter judges container text itself (no validator behind it). */
    private final boolean judgesStructure;
    /** The open documented elements, innermost first. */
    private final Deque<NodeWalk.Frame> stack = new ArrayDeque<>();
    private final NodeWalk walk;

    private Locator locator;
    private int depth;
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
    /** The set-aside node's container, and the node as the walk keeps it; {@code null} for a second occurrence. */
    private NodeWalk.Frame skipParent;
    private NodeWalk.Keeping keeping;
    /** The set-aside node is an entry of a key/value node: kept, and reported only if it cannot be. */
    private boolean skippingEntry;

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
        setContentHandler(validator != null ? validator : NO_HANDLER);
        this.findings = findings;
        this.limits = limits;
        this.judgesStructure = validator == null;
        this.walk = new NodeWalk(tree, findings, limits, output, kept, frame -> location());
    }

    /** @return the undocumented names the body brought (as far as it was read) */
    NameBudget names() {
        return walk.names();
    }

    /**
     * Records a problem the validator found with the value of the leaf being read, once per leaf.
     *
     * @return whether the value must not be forwarded: malformed, or blank where required
     */
    boolean reportValueProblem(FindingKind kind, Location location) {
        var frame = stack.peek();
        return frame != null && frame.leaf && walk.valueProblem(frame, kind, leafValue, () -> location);
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
            keepElement(uri, localName, atts);
            return;
        }
        if (stack.isEmpty()) {
            startRoot(uri, localName, qName, atts);
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
                    ? parent.childPath(localName) : "", qName);
            skippingEntry = entry;
            skipParent = parent;
            keeping = walk.unknown(parent, entry);
            keepElement(uri, localName, atts);
            return;
        }
        int seen = parent.container.meet(documented);
        var repeatable = documented.node().repeatable();
        if (repeatable && !walk.countEntry()) {
            walk.tooManyEntries(NodePaths.child(parent.path(), localName, seen), location());
            throw new Stop();
        }
        if (!repeatable && seen > 0) {
            findings.add(FindingKind.STRUCTURE, parent.childPath(localName), location(),
                    "node " + localName + " occurs more than once", null);
            beginSkip(null, qName);
            return;
        }
        enter(walk.enter(parent, documented, repeatable ? seen : -1, false), atts);
    }

    private void startRoot(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (locator instanceof Locator2 declared && "1.1".equals(declared.getXMLVersion())) {
            findings.add(FindingKind.FORBIDDEN_CONSTRUCT, "", location(), "XML 1.1 is not accepted: callbacks"
                    + " are XML 1.0, and 1.1 lets in control characters no callback value can hold", null);
            throw new Stop();
        }
        var root = walk.root("");
        if (!uri.isEmpty() || !root.node.name().equals(localName)) {
            findings.add(FindingKind.NOT_A_CALLBACK, "", location(), "root element is <" + qName
                    + (uri.isEmpty() ? "" : "> in namespace " + uri + " ") + ">, expected <" + root.node.name() + ">", null);
            throw new Stop();
        }
        enter(root, atts);
    }

    private void enter(NodeWalk.Frame frame, Attributes atts) throws SAXException {
        admitAttributes(atts);
        stack.push(frame);
        for (int i = 0; i < atts.getLength(); i++) {
            var path = frame.path() + ".@" + atts.getQName(i);
            findings.add(FindingKind.UNKNOWN_NODE, path, location(),
                    ValueMessages.unknownNode("@" + atts.getQName(i)), atts.getValue(i));
            walk.leftOut(path); // the model has no place for attributes
        }
        if (frame.leaf) { // held until it is judged
            leafText.setLength(0);
            return;
        }
        // Attributes are never documented; xsi:type or xsi:schemaLocation must not reach the validator.
        walk.startContainer(frame);
    }

    /** Opens an element of the node set aside for the walk to keep; one both formats cannot carry spoils it. */
    private void keepElement(String uri, String localName, Attributes atts) {
        if (keeping == null || !keeping.building()) {
            return;
        }
        if (!uri.isEmpty() || atts.getLength() > 0) {
            keeping.spoil();
        } else {
            keeping.open(localName, false);
        }
    }

    /** Counts a name the schema does not document against the body's budget; stops the parse past it. */
    private void admit(String name) throws Stop {
        if (!walk.admit(name)) {
            findings.add(FindingKind.LIMIT_EXCEEDED, currentPath(), location(), walk.tooManyNames(), null);
            throw new Stop();
        }
    }

    /** Attributes are never documented: each name counts. */
    private void admitAttributes(Attributes atts) throws Stop {
        for (int i = 0; i < atts.getLength(); i++) {
            admit(atts.getQName(i));
        }
    }

    /**
     * @param path the node's path, or {@code ""} when its finding is only counted, or {@code null} when it was
     *             reported already
     */
    private void beginSkip(String path, String qName) {
        skipDepth = 1;
        skipPath = path;
        skipParent = null;
        keeping = null;
        skippingEntry = false;
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
            if (keeping != null) {
                keeping.close();
            }
            if (--skipDepth == 0) {
                endSkip(localName, qName);
            }
            return;
        }
        var frame = stack.peek();
        if (frame.leaf) {
            endLeaf(frame);
        } else {
            if (frame.heldText) {
                findings.add(FindingKind.STRUCTURE, frame.path(), location(), ValueMessages.textInContainer(frame.node), null);
            }
            walk.endContainer(frame);
        }
        stack.pop();
    }

    /** The node set aside has ended: the walk keeps it if it can, and it is reported. */
    private void endSkip(String localName, String qName) {
        if (keeping != null && !keeping.end() && (skipPath != null || skippingEntry)) {
            walk.leftOut(skipParent, localName);
            if (skippingEntry) {
                findings.add(FindingKind.UNKNOWN_NODE, skipParent.childPath(localName), location(), "entry " + localName + " of "
                        + skipParent.node.name() + " holds what neither format can carry (an attribute, a namespace,"
                        + " text beside elements)", null);
            }
        }
        if (skipPath != null && !skippingEntry) {
            if (skipRaw == null) {
                findings.countUnlisted(FindingKind.UNKNOWN_NODE);
            } else {
                findings.add(FindingKind.UNKNOWN_NODE, skipPath, skipLocation, ValueMessages.unknownNode(qName),
                        skipRaw.toString());
            }
        }
        keeping = null;
    }

    /** Judges a held leaf, then forwards it whole or not at all. */
    private void endLeaf(NodeWalk.Frame frame) {
        var text = leafText.toString();
        leafValue = text;
        if (walk.leaf(frame, text)) {
            walk.passLeaf(frame, text);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            if (skipRaw != null && skipRaw.length() < MAX_RAW_CHARS) {
                appendRaw(new String(ch, start, Math.min(length, MAX_RAW_CHARS)));
            }
            if (keeping != null) {
                keeping.text(ch, start, length);
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
        if (judgesStructure && frame != null) {
            frame.heldText = true; // reported at the container's end, as the validator does
        }
        walk.containerText(ch, start, length);
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
