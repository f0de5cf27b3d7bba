package io.cicallback.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cicallback.schema.SchemaNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brings Tencent's JSON, as it really arrives, to the documented form before validation, following the
 * schema tree rather than a list of paths, so that a node added to the schema is normalised too:
 * <ul>
 *   <li>a repeatable node sent as a single object or string (one element) becomes an array of one;</li>
 *   <li>a number sent where the schema has text becomes that text, digits and trailing zeros exactly as sent;
 *       an integer sent as text where the schema has an integer becomes that integer;</li>
 *   <li>{@code null} is an absent node;</li>
 *   <li>nodes the schema does not describe are set aside with a finding (the mode decides its severity),
 *       and required nodes that are absent are reported by name.</li>
 * </ul>
 * Findings point into the body as received; {@link #originalPointer} translates pointers into the
 * normalised tree back to it.
 */
final class JsonWireNormalizer {

    private static final Pattern INTEGER_TEXT = Pattern.compile("[-+]?[0-9]{1,18}");

    private final Findings findings;
    private final String rootName;
    /** Pointers (normalised form) of arrays that were sent collapsed, mapped to the pointer as received. */
    private final Map<String, String> wrapped = new LinkedHashMap<>();

    private JsonWireNormalizer(Findings findings, String rootName) {
        this.findings = findings;
        this.rootName = rootName;
    }

    /**
     * Normalises {@code root} in place.
     *
     * @return the normaliser, for {@link #originalPointer}
     */
    static JsonWireNormalizer normalize(ObjectNode root, SchemaNode tree, Findings findings) {
        var normalizer = new JsonWireNormalizer(findings, tree.name());
        normalizer.object(root, tree, "", "");
        return normalizer;
    }

    /**
     * @param pointer a pointer into the normalised tree
     * @return the same node's pointer in the body as received
     */
    String originalPointer(String pointer) {
        var result = pointer;
        var deepestFirst = new ArrayList<>(wrapped.entrySet());
        deepestFirst.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (var entry : deepestFirst) {
            var element = entry.getKey() + "/0";
            if (result.equals(element) || result.startsWith(element + "/")) {
                result = entry.getKey() + result.substring(element.length());
            }
        }
        return result;
    }

    private void object(ObjectNode object, SchemaNode node, String pointer, String received) {
        for (var name : fieldNames(object)) {
            var value = object.get(name);
            var child = node.child(name);
            if (child == null) {
                var childPointer = pointer + "/" + escape(name);
                findings.add(FindingKind.UNKNOWN_NODE, NodePaths.fromJsonPointer(rootName, childPointer),
                        Location.json(received + "/" + escape(name)), ValueMessages.unknownNode(name), value.toString());
                object.remove(name);
            } else if (value.isNull()) {
                object.remove(name);
            } else if (child.repeatable()) {
                // Pointers are built only on the way into containers and for findings: most nodes are leaves.
                var childPointer = pointer + "/" + escape(name);
                var childReceived = received + "/" + escape(name);
                if (!value.isArray()) {
                    var array = JsonNodeFactory.instance.arrayNode().add(value);
                    object.set(name, array);
                    wrapped.put(childPointer, childReceived);
                    element(array, 0, child, childPointer + "/0", childReceived);
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        element((ArrayNode) value, i, child, childPointer + "/" + i, childReceived + "/" + i);
                    }
                }
            } else if (child.isLeaf()) {
                var normalized = leaf(value, child);
                if (normalized != value) {
                    object.set(name, normalized);
                }
            } else if (value instanceof ObjectNode container) {
                object(container, child, pointer + "/" + escape(name), received + "/" + escape(name));
            }
        }
        for (var expected : node.children().values()) {
            if (expected.required() && !object.has(expected.name())) {
                findings.add(FindingKind.MISSING_NODE,
                        NodePaths.fromJsonPointer(rootName, pointer + "/" + escape(expected.name())),
                        Location.json(received), ValueMessages.missingNode(expected.name()), null);
            }
        }
    }

    private void element(ArrayNode array, int index, SchemaNode node, String pointer, String received) {
        var value = array.get(index);
        if (node.isLeaf()) {
            var normalized = leaf(value, node);
            if (normalized != value) {
                array.set(index, normalized);
            }
        } else if (value instanceof ObjectNode container) {
            object(container, node, pointer, received);
        }
        // Anything else where a container belongs is the validator's to report.
    }

    private static JsonNode leaf(JsonNode value, SchemaNode leaf) {
        if ("integer".equals(leaf.baseType())) {
            if (value.isTextual() && INTEGER_TEXT.matcher(value.asText().strip()).matches()) {
                return JsonNodeFactory.instance.numberNode(new BigInteger(value.asText().strip()));
            }
        } else if (value.isNumber()) {
            // decimalValue().toPlainString() keeps 128.147000 as sent; USE_BIG_DECIMAL_FOR_FLOATS makes it exact.
            return JsonNodeFactory.instance.textNode(
                    value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.decimalValue().toPlainString());
        }
        return value;
    }

    private static List<String> fieldNames(ObjectNode object) {
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name; // every documented name: no copy
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
