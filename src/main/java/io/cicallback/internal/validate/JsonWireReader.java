package io.cicallback.internal.validate;

import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cicallback.internal.bind.LeafText;
import io.cicallback.internal.bind.WalkOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;

/**
 * Turns Jackson's token stream into the steps of the {@link NodeWalk} every body takes, in one pass and within
 * the limits. The walk judges the nodes, keeps the unknown ones a lenient read keeps and passes the documented
 * form on to its {@link WalkOutput} (the model builder, or tokens for everit); what is left here is JSON's own,
 * bringing Tencent's JSON as it really arrives to the documented form:
 * <ul>
 *   <li>a repeatable node sent as a single object or value becomes an array of one;</li>
 *   <li>a number where the schema has text is taken as its text exactly as sent ({@code 128.147000}, {@code
 *       1e5}), never through a {@code BigDecimal}; text where the schema has an integer becomes that integer;</li>
 *   <li>{@code null} is an absent node; {@code ""} where the schema has a container is an empty container (an
 *       empty XML element converted to JSON), as {@code {}} is;</li>
 *   <li>a value of a JSON type its node cannot take (an object for a leaf, text for a container, a boolean, text
 *       XML cannot hold) is reported and left out, and a key twice in one object refuses the body;</li>
 *   <li>an unknown node is given to the walk as elements: an array as its name repeated.</li>
 * </ul>
 * Findings point into the body as received; {@link #originalPointer} translates pointers into the documented
 * form back to it. One instance per body.
 */
final class JsonWireReader {

    /** Caps the raw text kept for one set-aside node, so that a hostile node cannot grow the findings. */
    private static final int MAX_RAW_BYTES = 1024;
    private final JsonParser parser;
    private final CompiledTree tree;
    private final byte[] body;
    private final Findings findings;
    /** The walk every body takes: the judgements, the output, the unknown nodes kept. */
    private final NodeWalk walk;
    /** Pointers (built tree) of arrays that were sent collapsed, mapped to the pointer as received. */
    private final Map<String, String> wrapped = new HashMap<>();

    /** The key of the object some of Tencent's samples wrap the whole callback in, as the XML's root. */
    private static final String ROOT_WRAPPER = "Response";
    /** Where the callback starts in the body as received: the root, or inside the wrapper. */
    private String rootReceived = "";

    /** Thrown to end the read once the body cannot be a callback; the finding is recorded already. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * @param kept where unknown nodes are kept when {@code out} does not take them, or {@code null} when they are
     *             only judged (a validator)
     * @param out  where the documented nodes go
     */
    JsonWireReader(JsonParser parser, CompiledTree tree, byte[] body, Findings findings, InputLimits limits,
                   KeptNodes kept, WalkOutput out) {
        this.parser = parser;
        this.tree = tree;
        this.body = body;
        this.findings = findings;
        this.walk = new NodeWalk(tree, findings, limits, out, kept, frame -> Location.json(frame.received()));
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
            object(walk.root(rootReceived), parser.nextToken());
            if (parser.nextToken() != JsonToken.END_OBJECT) {
                findings.add(FindingKind.STRUCTURE, "", Location.json(""),
                        "the object wrapping the callback in Response holds other keys too (" + location() + ")", null);
                return false;
            }
        } else {
            object(walk.root(""), first);
        }
        if (parser.nextToken() != null) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""),
                    "content follows the JSON object (" + location() + ")", null);
        }
        return true;
    }

    /** @return whether values the schema does not list were kept in the tree (lenient reading) */
    boolean keptUnknownValues() {
        return walk.passedUnknownValues();
    }

    /** Reads the object whose first token after START_OBJECT is {@code first}, a container, and walks it. */
    private void object(NodeWalk.Frame frame, JsonToken first) throws IOException {
        Set<String> unknownNames = null;
        walk.startContainer(frame);
        for (var token = first; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            var name = parser.currentName();
            var documented = frame.positions.child(name);
            if (documented == null) {
                admit(name);
            }
            if (documented != null ? frame.container.meet(documented) > 0
                    : !(unknownNames = unknownNames == null ? new HashSet<>() : unknownNames).add(name)) {
                duplicate(name);
            }
            var valueToken = parser.nextToken();
            if (documented == null && frame.positions.open()) {
                entry(frame, name);
            } else if (documented == null) {
                unknownNode(frame, name);
            } else if (valueToken == JsonToken.VALUE_NULL) {
                continue; // absent
            } else if (documented.node().repeatable()) {
                list(frame, documented, valueToken);
            } else {
                value(walk.enter(frame, documented, -1, false));
            }
        }
        walk.endContainer(frame);
    }

    /** Reads the entries of a repeatable node, sent as an array or, collapsed, as its only entry. */
    private void list(NodeWalk.Frame frame, CompiledTree.Child documented, JsonToken valueToken) throws IOException {
        var name = documented.node().name();
        walk.startList(documented);
        int entries = 0;
        if (valueToken == JsonToken.START_ARRAY) {
            for (var item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                entries += entry(walk.enter(frame, documented, entries, false)) ? 1 : 0;
            }
        } else {
            wrapped.put(frame.pointer() + "/" + NodeWalk.Frame.escape(name), frame.receivedChild(name));
            entries += entry(walk.enter(frame, documented, 0, true)) ? 1 : 0;
        }
        walk.endList(documented);
        if (entries == 0 && documented.node().required()) {
            findings.add(Findings.missingKind(documented.node()), frame.childPath(name),
                    Location.json(frame.receivedChild(name)), "at least one " + name + " is required", null);
        }
    }

    /**
     * Reads through the value whose first token is current. Keys are checked for duplicates on the way, as in
     * the documented nodes: a body with a key twice is refused wherever it is (the parser's own check costs a
     * tenth of a read, where the schema's positions make it nearly free in documented objects).
     */
    private void skipValue() throws IOException {
        collect(null, walk.readThrough());
    }

    /**
     * Keeps an entry of a key/value node, documented as any name: no finding, unless neither format can carry
     * it (then it is reported as an unknown node, and left out).
     */
    private void entry(NodeWalk.Frame container, String name) throws IOException {
        int start = tokenStart();
        var keeping = walk.unknown(container, true);
        collect(name, keeping);
        if (keeping.end()) {
            return;
        }
        var path = container.childPath(name);
        walk.leftOut(path);
        findings.add(FindingKind.UNKNOWN_NODE, path, Location.json(container.receivedChild(name)),
                "entry " + name + " of " + container.node.name() + " holds what neither format can carry (a name that"
                        + " is no XML name, text XML cannot hold)", raw(start));
    }

    /**
     * Gives the value whose first token is current to the walk's {@code keeping} as elements of this name (an
     * array as the name repeated, {@code null} as nothing), checking keys as {@link #skipValue()} does.
     */
    private void collect(String name, NodeWalk.Keeping keeping) throws IOException {
        if (keeping.building() && !KeptNodes.isElementName(name)) {
            keeping.spoil();
        }
        var token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            for (var item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                collect(name, keeping);
            }
        } else if (token == JsonToken.START_OBJECT) {
            keeping.open(name, true);
            Set<String> keys = null;
            for (var field = parser.nextToken(); field == JsonToken.FIELD_NAME; field = parser.nextToken()) {
                var key = parser.currentName();
                admit(key);
                if (!(keys = keys == null ? new HashSet<>() : keys).add(key)) {
                    duplicate(key);
                }
                parser.nextToken();
                collect(key, keeping);
            }
            keeping.close();
        } else if (token != JsonToken.VALUE_NULL && keeping.building()) {
            var text = parser.getText();
            if (LeafRules.isXmlText(text)) {
                keeping.open(name, false);
                keeping.text(text);
                keeping.close();
            } else {
                keeping.spoil();
            }
        }
    }

    /** Counts an undocumented key against the body's budget of distinct names, before anything is built on it. */
    private void admit(String name) {
        if (!walk.admit(name)) {
            findings.add(FindingKind.LIMIT_EXCEEDED, "", Location.json(""), walk.tooManyNames() + " (" + location() + ")", null);
            throw new Stop();
        }
    }

    private void duplicate(String name) throws Stop {
        findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""),
                "key '" + name + "' occurs twice in one object (" + location() + ")", null);
        throw new Stop();
    }

    /**
     * Reads an undocumented node through, or keeps it; its path, message and raw text are built only if it is
     * listed.
     */
    private void unknownNode(NodeWalk.Frame container, String name) throws IOException {
        boolean listed = findings.isListed(FindingKind.UNKNOWN_NODE);
        int start = listed ? tokenStart() : 0;
        var keeping = walk.unknown(container, false);
        collect(name, keeping);
        if (!keeping.end()) {
            walk.leftOut(container, name);
        }
        if (!listed) {
            findings.countUnlisted(FindingKind.UNKNOWN_NODE);
            return;
        }
        findings.add(FindingKind.UNKNOWN_NODE, container.childPath(name), Location.json(container.receivedChild(name)),
                ValueMessages.unknownNode(name), raw(start));
    }

    /** @return whether an entry was passed on */
    private boolean entry(NodeWalk.Frame frame) throws IOException {
        if (!walk.countEntry()) {
            walk.tooManyEntries(frame.path(), Location.json(frame.received()));
            throw new Stop();
        }
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return false; // an absent entry
        }
        return value(frame);
    }

    /**
     * Reads the value whose first token is current as the frame's node, and walks it.
     *
     * @return whether it was passed on; {@code false} when it is left out
     */
    private boolean value(NodeWalk.Frame frame) throws IOException {
        var node = frame.node;
        var token = parser.currentToken();
        if (!frame.leaf) {
            if (token == JsonToken.START_OBJECT) {
                object(frame, parser.nextToken());
                return true;
            }
            if (token == JsonToken.VALUE_STRING && parser.getTextLength() == 0) {
                // An empty element converted to "": an empty container, judged and bound as XML's <X/> is.
                object(frame, JsonToken.END_OBJECT);
                return true;
            }
            int start = tokenStart();
            skipValue();
            findings.add(FindingKind.STRUCTURE, frame.path(), Location.json(frame.received()),
                    "node " + node.name() + " is a JSON " + describe(token) + ", expected an object", raw(start));
            return false;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            int start = tokenStart();
            skipValue();
            return leafProblem(frame, raw(start));
        }
        // A number's text is taken as sent: getText() never converts it, so no exponent is ever expanded.
        var text = parser.getText();
        if (token.isBoolean() || !LeafRules.isXmlText(text)) {
            return leafProblem(frame, text);
        }
        if (!walk.leaf(frame, text)) {
            return false;
        }
        if ("integer".equals(node.baseType()) && LeafText.toInteger(text) == null) {
            return false; // where the JSON Schema has an integer, text that is none is no value
        }
        walk.passLeaf(frame, text);
        return true;
    }

    /** @return {@code false}: nothing is passed on; a value XML cannot hold as a leaf's text is malformed */
    private boolean leafProblem(NodeWalk.Frame frame, String raw) {
        walk.valueProblem(frame, FindingKind.MALFORMED_VALUE, raw == null ? "" : raw,
                () -> Location.json(frame.received()));
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
}
