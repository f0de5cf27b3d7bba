package io.cicallback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.cicallback.value.WireFormat;
import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.schema.SchemaNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds callback bodies for generated tests by following the XSD's node tree: a full document (every node
 * once, each leaf a random valid value), and the same document with one leaf replaced by any text or by a raw
 * JSON token, written as XML or JSON. Because it follows the schema, every leaf position is reachable and a
 * node added to the schema is covered too.
 */
public final class CallbackBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CallbackBodies() {
    }

    /** One leaf position of the full document: the schema node and the names leading to it. */
    public record Leaf(SchemaNode node, List<String> names) {
        /** @return the node path findings use, repeatable nodes at index 0 */
        public String path() {
            var path = new StringBuilder(CallbackSchemas.ROOT_NAME);
            var at = CallbackSchemas.get().xmlTree();
            for (var name : names) {
                at = at.child(name);
                path.append('.').append(name).append(at.repeatable() ? "[0]" : "");
            }
            return path.toString();
        }
    }

    /** @return every leaf position of the callback */
    public static List<Leaf> leaves() {
        var out = new ArrayList<Leaf>();
        collect(CallbackSchemas.get().xmlTree(), new ArrayList<>(), out);
        return out;
    }

    private static void collect(SchemaNode node, List<String> names, List<Leaf> out) {
        for (var child : node.children().values()) {
            var childNames = new ArrayList<>(names);
            childNames.add(child.name());
            if (child.isLeaf()) {
                out.add(new Leaf(child, List.copyOf(childNames)));
            } else {
                collect(child, childNames, out);
            }
        }
    }

    /** @return a document with every node once and valid random values, as a JSON-shaped tree */
    public static ObjectNode full(Random random) {
        return container(CallbackSchemas.get().xmlTree(), random);
    }

    private static ObjectNode container(SchemaNode node, Random random) {
        var object = NODES.objectNode();
        for (var child : node.children().values()) {
            JsonNode value = child.isLeaf() ? NODES.textNode(RandomCallbacks.value(child, random)) : container(child, random);
            object.set(child.name(), child.repeatable() ? NODES.arrayNode().add(value) : value);
        }
        return object;
    }

    /**
     * @param value the leaf's new value: text, a {@link #rawJson raw JSON token}, or {@code null} to remove it
     * @return a copy of {@code tree} with that leaf replaced
     */
    public static ObjectNode with(ObjectNode tree, Leaf leaf, JsonNode value) {
        var copy = tree.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < leaf.names().size() - 1; i++) {
            parent = parent.get(leaf.names().get(i));
            if (parent.isArray()) {
                parent = parent.get(0);
            }
        }
        var last = leaf.names().get(leaf.names().size() - 1);
        var target = (ObjectNode) parent;
        if (value == null) {
            target.remove(last);
        } else if (target.get(last).isArray()) {
            ((ArrayNode) target.get(last)).set(0, value);
        } else {
            target.set(last, value);
        }
        return copy;
    }

    /** @return a value written into the body as it is: a JSON number token such as {@code 1e999} */
    public static JsonNode rawJson(String token) {
        return NODES.rawValueNode(new RawValue(token));
    }

    /** @return the tree written in a format: JSON as Jackson writes it, XML with escaped text */
    public static byte[] write(ObjectNode tree, WireFormat format) {
        if (format == WireFormat.JSON) {
            try {
                return JSON.writeValueAsBytes(tree);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        var out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        element(CallbackSchemas.ROOT_NAME, tree, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(String name, JsonNode value, StringBuilder out) {
        if (value.isArray()) {
            value.forEach(item -> element(name, item, out));
            return;
        }
        out.append('<').append(name).append('>');
        if (value.isObject()) {
            value.properties().forEach(field -> element(field.getKey(), field.getValue(), out));
        } else if (value instanceof POJONode raw) {
            out.append(escape(((RawValue) raw.getPojo()).rawValue().toString()));
        } else {
            out.append(escape(value.asText()));
        }
        out.append("</").append(name).append('>');
    }

    /** Escapes markup characters only: any other character goes into the body as it is, hostile or not. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;");
    }
}
