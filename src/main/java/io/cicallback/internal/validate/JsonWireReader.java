package io.cicallback.internal.validate;

import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cicallback.internal.bind.LeafText;
import io.cicallback.internal.schema.SchemaNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a JSON callback from Jackson's token stream into the documented form, following the schema tree, in
 * one pass and within the limits. It brings Tencent's JSON as it really arrives to that form:
 * <ul>
 *   <li>a repeatable node sent as a single object or value becomes an array of one;</li>
 *   <li>a number where the schema has text is taken as its text exactly as sent ({@code 128.147000}, {@code
 *       1e5}), never through a {@code BigDecimal}; text where the schema has an integer becomes that integer;</li>
 *   <li>{@code null} is an absent node.</li>
 * </ul>
 * and checks as it goes, so that nothing grows with what it rejects:
 * <ul>
 *   <li>nodes the schema does not describe are skipped, not built, and reported with their raw text;</li>
 *   <li>leaf values are held to {@link LeafRules}; a malformed one is reported and left out;</li>
 *   <li>entries of repeatable nodes are counted against {@link InputLimits#maxRepeatedNodes()};</li>
 *   <li>containers of the wrong JSON type, and missing required nodes, are reported by name.</li>
 * </ul>
 * Findings point into the body as received; {@link #originalPointer} translates pointers into the built tree
 * back to it. One instance per body.
 */
final class JsonWireReader {

    /** Caps the raw text kept for one set-aside node, so that a hostile node cannot grow the findings. */
    private static final int MAX_RAW_BYTES = 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final byte[] body;
    private final Findings findings;
    private final InputLimits limits;
    private final String rootName;
    private int repeatedNodes;
    private int unknownValuesKept;
    /** Pointers (built tree) of arrays that were sent collapsed, mapped to the pointer as received. */
    private final Map<String, String> wrapped = new HashMap<>();

    /** Where the reader is: built lazily into paths and pointers, only when a finding needs one. */
    private record Place(Place parent, String name, int index, boolean collapsed) {
        String path(String rootName) {
            return parent == null ? rootName : NodePaths.child(parent.path(rootName), name, index);
        }

        String pointer() {
            return parent == null ? "" : parent.pointer() + "/" + escape(name) + (index >= 0 ? "/" + index : "");
        }

        String received() {
            return parent == null ? "" : parent.received() + "/" + escape(name) + (index >= 0 && !collapsed ? "/" + index : "");
        }
    }

    /** Thrown to end the read once the body cannot be a callback; the finding is recorded already. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    JsonWireReader(JsonParser parser, byte[] body, Findings findings, InputLimits limits, String rootName) {
        this.parser = parser;
        this.body = body;
        this.findings = findings;
        this.limits = limits;
        this.rootName = rootName;
    }

    /**
     * @return the callback in its documented form, or {@code null} when the body is not a JSON object
     * @throws IOException when the tokens are not well-formed JSON, or pass a limit of the parser's
     * @throws Stop        when a limit of ours is passed
     */
    ObjectNode readRoot(SchemaNode root) throws IOException {
        var token = parser.nextToken();
        if (token == null) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), "the body holds no JSON value", null);
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            findings.add(FindingKind.NOT_A_CALLBACK, "", Location.json(""), "the body is a JSON "
                    + describe(token) + ", expected an object", null);
            return null;
        }
        var tree = object(root, new Place(null, rootName, -1, false));
        if (parser.nextToken() != null) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""),
                    "content follows the JSON object (" + location() + ")", null);
        }
        return tree;
    }

    /** @return whether values the schema does not list were kept in the tree (lenient reading) */
    boolean keptUnknownValues() {
        return unknownValuesKept > 0;
    }

    /** Reads the object whose START_OBJECT is the current token. */
    private ObjectNode object(SchemaNode node, Place place) throws IOException {
        var object = NODES.objectNode();
        for (var token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            var name = parser.currentName();
            var valueToken = parser.nextToken();
            var child = node.child(name);
            if (child == null) {
                unknownNode(place, name);
            } else if (valueToken == JsonToken.VALUE_NULL) {
                continue; // absent
            } else if (child.repeatable()) {
                var array = NODES.arrayNode();
                if (valueToken == JsonToken.START_ARRAY) {
                    for (var item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                        entry(array, child, new Place(place, name, array.size(), false));
                    }
                } else {
                    var at = new Place(place, name, 0, true);
                    wrapped.put(new Place(place, name, -1, false).pointer(), place.received() + "/" + escape(name));
                    entry(array, child, at);
                }
                if (!array.isEmpty()) {
                    object.set(name, array);
                } else if (child.required()) {
                    findings.add(FindingKind.MISSING_NODE, new Place(place, name, -1, false).path(rootName),
                            Location.json(place.received() + "/" + escape(name)),
                            "at least one " + name + " is required", null);
                }
            } else {
                var value = value(child, new Place(place, name, -1, false));
                if (value != null) {
                    object.set(name, value);
                }
            }
        }
        for (var expected : node.children().values()) {
            if (expected.required() && !object.has(expected.name())) {
                var path = new Place(place, expected.name(), -1, false).path(rootName);
                if (!findings.hasAt(path)) { // a blank or malformed value was reported as missing already
                    findings.add(FindingKind.MISSING_NODE, path, Location.json(place.received()),
                            ValueMessages.missingNode(expected.name()), null);
                }
            }
        }
        return object;
    }

    /** Skips an undocumented node; its path, message and raw text are built only if it is listed. */
    private void unknownNode(Place place, String name) throws IOException {
        if (!findings.isListed(FindingKind.UNKNOWN_NODE)) {
            parser.skipChildren();
            findings.countUnlisted(FindingKind.UNKNOWN_NODE);
            return;
        }
        int start = tokenStart();
        parser.skipChildren();
        findings.add(FindingKind.UNKNOWN_NODE, new Place(place, name, -1, false).path(rootName),
                Location.json(place.received() + "/" + escape(name)), ValueMessages.unknownNode(name), raw(start));
    }

    private void entry(ArrayNode array, SchemaNode node, Place place) throws IOException {
        if (++repeatedNodes > limits.maxRepeatedNodes()) {
            findings.add(FindingKind.LIMIT_EXCEEDED, place.path(rootName), Location.json(place.received()),
                    "more than " + limits.maxRepeatedNodes() + " entries of repeatable nodes", null);
            throw new Stop();
        }
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return; // an absent entry
        }
        var value = value(node, place);
        if (value != null) {
            array.add(value);
        }
    }

    /** Reads the value whose first token is current, as {@code node}; {@code null} when it is left out. */
    private JsonNode value(SchemaNode node, Place place) throws IOException {
        var token = parser.currentToken();
        if (!node.isLeaf()) {
            if (token == JsonToken.START_OBJECT) {
                return object(node, place);
            }
            int start = tokenStart();
            parser.skipChildren();
            findings.add(FindingKind.STRUCTURE, place.path(rootName), Location.json(place.received()),
                    "node " + node.name() + " is a JSON " + describe(token) + ", expected an object", raw(start));
            return null;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            int start = tokenStart();
            parser.skipChildren();
            return leafProblem(node, place, FindingKind.MALFORMED_VALUE, raw(start));
        }
        // A number's text is taken as sent: getText() never converts it, so no exponent is ever expanded.
        var text = parser.getText();
        if (token.isBoolean()) {
            return leafProblem(node, place, FindingKind.MALFORMED_VALUE, text);
        }
        var verdict = LeafRules.isXmlText(text) ? LeafRules.check(node, text) : LeafRules.Verdict.MALFORMED;
        return switch (verdict) {
            case VALID -> leaf(node, text);
            case UNKNOWN_VALUE -> {
                leafProblem(node, place, FindingKind.UNKNOWN_VALUE, text);
                unknownValuesKept++;
                yield leaf(node, text);
            }
            case MALFORMED -> leafProblem(node, place, FindingKind.MALFORMED_VALUE, text);
        };
    }

    /** @return the leaf's node: an integer where the JSON Schema has one (and the text is one), else text */
    private static JsonNode leaf(SchemaNode node, String text) {
        if ("integer".equals(node.baseType())) {
            var value = LeafText.toInteger(text);
            return value == null ? null : NODES.numberNode(value);
        }
        return NODES.textNode(text);
    }

    private JsonNode leafProblem(SchemaNode node, Place place, FindingKind kind, String raw) {
        findings.addValueProblem(kind, node, () -> place.path(rootName), () -> Location.json(place.received()),
                raw == null ? "" : raw);
        return null;
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
        var deepestFirst = new ArrayList<>(wrapped.entrySet());
        deepestFirst.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (var entry : deepestFirst) {
            var element = entry.getKey() + "/0";
            if (result.equals(element) || result.startsWith(element + "/")) {
                result = entry.getValue() + result.substring(element.length());
            }
        }
        return result;
    }

    static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name; // every documented name: no copy
        }
        return name.replace("~", "~0").replace("/", "~1");
    }

}
