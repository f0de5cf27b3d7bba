package io.cicallback.internal.validate;

import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;
import io.cicallback.validate.ValidationMode;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cicallback.internal.bind.LeafText;
import io.cicallback.internal.bind.NodeBinding;
import io.cicallback.internal.bind.WalkOutput;
import io.cicallback.internal.parse.NameBudget;
import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.model.UnknownNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Reads a JSON callback from Jackson's token stream into the documented form, following the schema tree, in
 * one pass and within the limits. It brings Tencent's JSON as it really arrives to that form:
 * <ul>
 *   <li>a repeatable node sent as a single object or value becomes an array of one;</li>
 *   <li>a number where the schema has text is taken as its text exactly as sent ({@code 128.147000}, {@code
 *       1e5}), never through a {@code BigDecimal}; text where the schema has an integer becomes that integer;</li>
 *   <li>{@code null} is an absent node; {@code ""} where the schema has a container is an empty container (an
 *       empty XML element converted to JSON), as {@code {}} is;</li>
 * </ul>
 * and checks as it goes, so that nothing grows with what it rejects:
 * <ul>
 *   <li>nodes the schema does not describe are skipped, not built, and reported with their raw text;</li>
 *   <li>leaf values are held to {@link LeafRules}; a malformed one is reported and left out;</li>
 *   <li>entries of repeatable nodes are counted against {@link InputLimits#maxRepeatedNodes()};</li>
 *   <li>containers of the wrong JSON type, and missing required nodes, are reported by name.</li>
 * </ul>
 * Its judgements are the XML filter's, through the same {@link NodeWalk}: entries of repeatable nodes, each
 * container's required children and exactly-one-of group at its end, each leaf's text. It passes the
 * documented form on to a {@link WalkOutput}: the model builder, or tokens for everit; no tree is built on the
 * way. Findings point into the body as received;
 * {@link #originalPointer} translates pointers into the documented form back to it. One instance per body.
 */
final class JsonWireReader {

    /** Caps the raw text kept for one set-aside node, so that a hostile node cannot grow the findings. */
    private static final int MAX_RAW_BYTES = 1024;
    private final JsonParser parser;
    private final CompiledTree tree;
    /** Where the documented nodes go: the model builder, or tokens for everit. */
    private final WalkOutput out;
    private final byte[] body;
    private final Findings findings;
    private final InputLimits limits;
    private final String rootName;
    private final NameBudget names;
    /** The judgements the XML filter shares: entries, container ends, leaf values. */
    private final NodeWalk walk;
    private int unknownValuesKept;
    /** Pointers (built tree) of arrays that were sent collapsed, mapped to the pointer as received. */
    private final Map<String, String> wrapped = new HashMap<>();

    /** The key of the object some of Tencent's samples wrap the whole callback in, as the XML's root. */
    private static final String ROOT_WRAPPER = "Response";
    /** Where the callback starts in the body as received: the root, or inside the wrapper. */
    private String rootReceived = "";

    /**
     * Where the reader is: built lazily into paths and pointers, only when a finding needs one.
     *
     * @param rootReceived for the root, its pointer in the body as received; {@code null} below it
     */
    private record Place(Place parent, String name, int index, boolean collapsed, String rootReceived) {
        Place(Place parent, String name, int index, boolean collapsed) {
            this(parent, name, index, collapsed, null);
        }

        String path(String rootName) {
            return parent == null ? rootName : NodePaths.child(parent.path(rootName), name, index);
        }

        String pointer() {
            return parent == null ? "" : parent.pointer() + "/" + escape(name) + (index >= 0 ? "/" + index : "");
        }

        String received() {
            return parent == null ? rootReceived
                    : parent.received() + "/" + escape(name) + (index >= 0 && !collapsed ? "/" + index : "");
        }
    }

    /** Thrown to end the read once the body cannot be a callback; the finding is recorded already. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Where a read keeps unknown nodes and entries; {@code null} when they are only judged (a validator). */
    private final KeptNodes kept;
    /** What key/value entries count against: the read's, or, for a validator, a budget of its own. */
    private final KeptNodes entries;

    JsonWireReader(JsonParser parser, CompiledTree tree, byte[] body, Findings findings, InputLimits limits,
                   KeptNodes kept, WalkOutput out) {
        this.kept = kept;
        this.entries = kept != null ? kept : new KeptNodes(limits.maxRepeatedNodes(), 0);
        this.parser = parser;
        this.tree = tree;
        this.out = out;
        this.body = body;
        this.findings = findings;
        this.limits = limits;
        this.rootName = tree.root().name();
        this.names = new NameBudget(limits.maxDistinctNames());
        this.walk = new NodeWalk(findings, limits);
    }

    /**
     * Reads the body, passing its documented nodes on to the output.
     *
     * @return whether the body is a JSON object, read to its end
     * @throws IOException when the tokens are not well-formed JSON, or pass a limit of the parser's
     * @throws Stop        when a limit of ours is passed
     */
    boolean readRoot() throws IOException {
        var token = parser.nextToken();
        if (token == null) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), "the body holds no JSON value", null);
            return false;
        }
        if (token != JsonToken.START_OBJECT) {
            findings.add(FindingKind.NOT_A_CALLBACK, "", Location.json(""), "the body is a JSON "
                    + describe(token) + ", expected an object", null);
            return false;
        }
        var first = parser.nextToken();
        if (first == JsonToken.FIELD_NAME && ROOT_WRAPPER.equals(parser.currentName())
                && tree.rootPositions().child(ROOT_WRAPPER) == null) {
            // {"Response": {...}}: the XML's root spelt out, as in some of Tencent's JSON samples.
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                findings.add(FindingKind.NOT_A_CALLBACK, "", Location.json("/" + ROOT_WRAPPER),
                        "the body's only key is Response, but its value is no object", null);
                return false;
            }
            rootReceived = "/" + ROOT_WRAPPER;
            object(tree.rootPositions(), tree.rootBinding(), new Place(null, rootName, -1, false, rootReceived),
                    parser.nextToken());
            if (parser.nextToken() != JsonToken.END_OBJECT) {
                findings.add(FindingKind.STRUCTURE, "", Location.json(""),
                        "the object wrapping the callback in Response holds other keys too (" + location() + ")", null);
                return false;
            }
        } else {
            object(tree.rootPositions(), tree.rootBinding(), new Place(null, rootName, -1, false, ""), first);
        }
        if (parser.nextToken() != null) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""),
                    "content follows the JSON object (" + location() + ")", null);
        }
        return true;
    }

    /** @return whether values the schema does not list were kept in the tree (lenient reading) */
    boolean keptUnknownValues() {
        return unknownValuesKept > 0;
    }

    /** Reads the object whose START_OBJECT is the current token, a container with these children, and writes it. */
    private void object(CompiledTree.Positions positions, NodeBinding binding, Place place) throws IOException {
        object(positions, binding, place, parser.nextToken());
    }

    /** As {@link #object(CompiledTree.Positions, NodeBinding, Place)}, its first token after START_OBJECT read already. */
    private void object(CompiledTree.Positions positions, NodeBinding binding, Place place, JsonToken first)
            throws IOException {
        var container = new NodeWalk.Container(positions);
        Set<String> unknownNames = null;
        out.startContainer(binding);
        for (var token = first; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            var name = parser.currentName();
            var documented = positions.child(name);
            if (documented == null) {
                admit(name);
            }
            if (documented != null ? container.meet(documented)
                    : !(unknownNames = unknownNames == null ? new HashSet<>() : unknownNames).add(name)) {
                duplicate(name);
            }
            var valueToken = parser.nextToken();
            var child = documented == null ? null : documented.node();
            if (child == null && positions.open()) {
                entry(place, name);
            } else if (child == null) {
                unknownNode(place, name);
            } else if (valueToken == JsonToken.VALUE_NULL) {
                continue; // absent
            } else if (child.repeatable()) {
                out.startList(documented.binding());
                int entries = 0;
                if (valueToken == JsonToken.START_ARRAY) {
                    for (var item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                        entries += entry(documented, new Place(place, name, entries, false)) ? 1 : 0;
                    }
                } else {
                    wrapped.put(new Place(place, name, -1, false).pointer(), place.received() + "/" + escape(name));
                    entries += entry(documented, new Place(place, name, 0, true)) ? 1 : 0;
                }
                out.endList(documented.binding());
                if (entries > 0) {
                    container.pass(documented.position());
                } else if (child.required()) {
                    findings.add(Findings.missingKind(child), new Place(place, name, -1, false).path(rootName),
                            Location.json(place.received() + "/" + escape(name)),
                            "at least one " + name + " is required", null);
                }
            } else if (value(documented, new Place(place, name, -1, false))) {
                container.pass(documented.position());
            }
        }
        out.endContainer(binding);
        if (!container.complete()) {
            walk.end(container, place.path(rootName), name -> new Place(place, name, -1, false).path(rootName),
                    () -> Location.json(place.received()));
        }
    }

    /**
     * Skips the value whose first token is current. Keys are checked for duplicates on the way, as in the
     * documented nodes: a body with a key twice is refused wherever it is (the parser's own check costs a
     * tenth of a read, where the schema's positions make it nearly free in documented objects).
     */
    private void skipValue() throws IOException {
        keep(null, null);
    }

    /**
     * Keeps an entry of a key/value node, documented as any name: no finding, unless neither format can carry
     * it (then it is reported as an unknown node, and left out).
     */
    private void entry(Place place, String name) throws IOException {
        int start = tokenStart();
        var nodes = new ArrayList<UnknownNode>();
        if (keep(name, nodes, entries)) {
            if (kept != null) {
                nodes.forEach(node -> keepIn(place, node));
            }
            return;
        }
        var path = new Place(place, name, -1, false).path(rootName);
        if (kept != null) {
            kept.leftOut(kept.listsLeftOut() ? path : null);
        }
        findings.add(FindingKind.UNKNOWN_NODE, path, Location.json(place.received() + "/" + escape(name)),
                "entry " + name + " of " + place.name() + " holds what neither format can carry (a name that is no"
                        + " XML name, text XML cannot hold)", raw(start));
    }

    /**
     * Reads the value whose first token is current as unknown nodes of this name (an array as the name
     * repeated, {@code null} as nothing), checking keys as {@link #skipValue()} does. Once a part of it cannot be
     * kept (a key that is no XML name, text XML cannot hold, the budget spent), the rest is only read through.
     *
     * @param into where the nodes go; {@code null} to read the value through only
     * @return whether the whole value was kept in {@code into}
     */
    private boolean keep(String name, List<UnknownNode> into) throws IOException {
        return keep(name, into, kept);
    }

    /** As {@link #keep(String, List)}, counting what is kept against {@code budget}. */
    private boolean keep(String name, List<UnknownNode> into, KeptNodes budget) throws IOException {
        boolean whole = into != null && KeptNodes.isElementName(name);
        var token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            for (var item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                whole = keep(name, whole ? into : null, budget) && whole;
            }
        } else if (token == JsonToken.START_OBJECT) {
            var children = whole ? new ArrayList<UnknownNode>() : null;
            Set<String> keys = null;
            for (var field = parser.nextToken(); field == JsonToken.FIELD_NAME; field = parser.nextToken()) {
                var key = parser.currentName();
                admit(key);
                if (!(keys = keys == null ? new HashSet<>() : keys).add(key)) {
                    duplicate(key);
                }
                parser.nextToken();
                whole = keep(key, whole ? children : null, budget) && whole;
            }
            whole = whole && budget.admit();
            if (whole) {
                into.add(UnknownNode.container(name, children));
            }
        } else if (token != JsonToken.VALUE_NULL) {
            whole = whole && LeafRules.isXmlText(parser.getText()) && budget.admit();
            if (whole) {
                into.add(UnknownNode.leaf(name, parser.getText()));
            }
        }
        return whole;
    }

    /** Keeps a node that stood in the container at {@code place}: in the model being built, or by its path. */
    private void keepIn(Place place, UnknownNode node) {
        if (!out.keep(node)) {
            kept.add(steps(place), node);
        }
    }

    /** @return the steps from the root (excluded) to this place */
    private static List<KeptNodes.Step> steps(Place place) {
        var steps = new java.util.ArrayDeque<KeptNodes.Step>();
        for (var p = place; p.parent() != null; p = p.parent()) {
            steps.push(new KeptNodes.Step(p.name(), p.index()));
        }
        return List.copyOf(steps);
    }

    /** Counts an undocumented key against the body's budget of distinct names, before anything is built on it. */
    private void admit(String name) {
        if (!names.admit(name)) {
            findings.add(FindingKind.LIMIT_EXCEEDED, "", Location.json(""),
                    ValueMessages.tooManyNames(limits.maxDistinctNames()) + " (" + location() + ")", null);
            throw new Stop();
        }
    }

    private void duplicate(String name) throws Stop {
        findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""),
                "key '" + name + "' occurs twice in one object (" + location() + ")", null);
        throw new Stop();
    }

    /**
     * Skips an undocumented node, or keeps it; its path, message and raw text are built only if it is listed.
     */
    private void unknownNode(Place place, String name) throws IOException {
        boolean listed = findings.isListed(FindingKind.UNKNOWN_NODE);
        int start = listed ? tokenStart() : 0;
        if (kept == null || findings.mode() != ValidationMode.LENIENT) {
            skipValue(); // a strict read rejects the body: nothing to keep
        } else {
            var nodes = new ArrayList<UnknownNode>();
            if (keep(name, nodes)) {
                nodes.forEach(node -> keepIn(place, node));
            } else {
                kept.leftOut(kept.listsLeftOut() ? new Place(place, name, -1, false).path(rootName) : null);
            }
        }
        if (!listed) {
            findings.countUnlisted(FindingKind.UNKNOWN_NODE);
            return;
        }
        findings.add(FindingKind.UNKNOWN_NODE, new Place(place, name, -1, false).path(rootName),
                Location.json(place.received() + "/" + escape(name)), ValueMessages.unknownNode(name), raw(start));
    }

    /** @return whether an entry was written */
    private boolean entry(CompiledTree.Child documented, Place place) throws IOException {
        if (!walk.countEntry()) {
            walk.tooManyEntries(place.path(rootName), Location.json(place.received()));
            throw new Stop();
        }
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return false; // an absent entry
        }
        return value(documented, place);
    }

    /**
     * Reads the value whose first token is current, as {@code node}, and passes it on.
     *
     * @return whether it was passed on; {@code false} when it is left out
     */
    private boolean value(CompiledTree.Child documented, Place place) throws IOException {
        var node = documented.node();
        var token = parser.currentToken();
        if (!node.isLeaf()) {
            if (token == JsonToken.START_OBJECT) {
                object(documented.positions(), documented.binding(), place);
                return true;
            }
            if (token == JsonToken.VALUE_STRING && parser.getTextLength() == 0) {
                // An empty element converted to "": an empty container, judged and bound as XML's <X/> is.
                object(documented.positions(), documented.binding(), place, JsonToken.END_OBJECT);
                return true;
            }
            int start = tokenStart();
            skipValue();
            findings.add(FindingKind.STRUCTURE, place.path(rootName), Location.json(place.received()),
                    "node " + node.name() + " is a JSON " + describe(token) + ", expected an object", raw(start));
            return false;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            int start = tokenStart();
            skipValue();
            return leafProblem(node, place, FindingKind.MALFORMED_VALUE, raw(start));
        }
        // A number's text is taken as sent: getText() never converts it, so no exponent is ever expanded.
        var text = parser.getText();
        if (token.isBoolean()) {
            return leafProblem(node, place, FindingKind.MALFORMED_VALUE, text);
        }
        if (!LeafRules.isXmlText(text)) {
            return leafProblem(node, place, FindingKind.MALFORMED_VALUE, text);
        }
        var verdict = LeafRules.check(node, documented.form(), text);
        if (verdict != LeafRules.Verdict.VALID) {
            var outcome = walk.leaf(verdict, node, text, () -> place.path(rootName), () -> Location.json(place.received()));
            if (outcome == NodeWalk.LeafOutcome.PASS_REPORTED) {
                unknownValuesKept++;
            }
            if (!outcome.passes()) {
                if (outcome == NodeWalk.LeafOutcome.DROP_REPORTED) {
                    keepSetAside(place, node.name(), text);
                }
                return false;
            }
        }
        if ("integer".equals(node.baseType()) && LeafText.toInteger(text) == null) {
            return false; // where the JSON Schema has an integer, text that is none is no value
        }
        out.leaf(documented.binding(), text);
        return true;
    }

    /**
     * A lenient read keeps the text of a value set aside (not of its node's form) as an unknown node of the
     * leaf's container, so that writing the callback loses nothing; the typed property stays absent.
     */
    private void keepSetAside(Place place, String name, String text) {
        if (kept == null || findings.mode() != ValidationMode.LENIENT || text.isEmpty()) {
            return; // a strict read rejects the body; an empty required value is no value
        }
        if (kept.admit()) {
            keepIn(place.parent(), UnknownNode.leaf(name, text));
        } else {
            kept.leftOut(kept.listsLeftOut() ? place.path(rootName) : null);
        }
    }

    /** @return {@code false}: nothing is written; what XML cannot hold as a leaf's text is left out */
    private boolean leafProblem(SchemaNode node, Place place, FindingKind kind, String raw) {
        if (kept != null && findings.mode() == ValidationMode.LENIENT) {
            kept.leftOut(kept.listsLeftOut() ? place.path(rootName) : null);
        }
        walk.report(kind, node, raw == null ? "" : raw, () -> place.path(rootName), () -> Location.json(place.received()));
        return false;
    }

    private int tokenStart() {
        return (int) parser.currentTokenLocation().getByteOffset();
    }

    /** @return the body's text from {@code start} to where the parser is, at most {@link #MAX_RAW_BYTES} */
    private String raw(int start) {
        int end = (int) Math.min(parser.currentLocation().getByteOffset(), start + (long) MAX_RAW_BYTES);
        if (start < 0 || end <= start || end > body.length) {
            return null;
        }
        return new String(body, start, end - start, StandardCharsets.UTF_8);
    }

    private String location() {
        var at = parser.currentTokenLocation();
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "value";
        };
    }

    /**
     * @param pointer a pointer into the built tree
     * @return the same node's pointer in the body as received
     */
    String originalPointer(String pointer) {
        var result = pointer;
        boolean translated = false;
        var deepestFirst = new ArrayList<>(wrapped.entrySet());
        deepestFirst.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (var entry : deepestFirst) {
            var element = entry.getKey() + "/0";
            if (result.equals(element) || result.startsWith(element + "/")) {
                result = entry.getValue() + result.substring(element.length());
                translated = true; // the pointer as received, wrapper included
            }
        }
        return translated ? result : rootReceived + result;
    }

    static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name; // every documented name: no copy
        }
        return name.replace("~", "~0").replace("/", "~1");
    }

}
