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

    /** Operation's children every job type shares; the rest belong to one job type or a few. */
    private static final java.util.Set<String> SHARED_OPERATION = java.util.Set.of("MediaInfo", "MediaResult", "Output",
            "UserData", "JobLevel", "TemplateId", "TemplateName");

    /** @return every leaf position of the callback, of both events and every job type */
    public static List<Leaf> allLeaves() {
        var out = new ArrayList<Leaf>();
        collect(CallbackSchemas.get().xmlTree(), new ArrayList<>(), out);
        return out;
    }

    /**
     * The leaf positions the per-position tests visit, so that their cost does not grow with every job type
     * added: every position outside the job types' own nodes (the envelope, the shared Operation nodes, the
     * workflow run), and in the job types' nodes one position of each kind of leaf (type, enumerated values,
     * required or not, under a repeatable node or not), the first met in schema order.
     *
     * @return those positions
     */
    public static List<Leaf> leaves() {
        var out = new ArrayList<Leaf>();
        var kinds = new java.util.HashSet<List<Object>>();
        for (var leaf : allLeaves()) {
            int operation = leaf.names().indexOf("Operation");
            boolean typeSpecific = operation >= 0 && !SHARED_OPERATION.contains(leaf.names().get(operation + 1));
            var node = leaf.node();
            if (!typeSpecific || kinds.add(List.of(node.leafType(), node.allowedValues(), node.required(),
                    leaf.path().contains("["), node.repeatable()))) {
                out.add(leaf);
            }
        }
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

    /**
     * @return a document with every node once and valid random values, as a JSON-shaped tree: both events'
     *         content, of which {@link #with} keeps the one its leaf is in (write it only through {@link #with})
     */
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
        var event = EventTrees.containing(leaf.names());
        EventTrees.EVENTS.keySet().stream().filter(n -> !event.children().containsKey(n)).forEach(copy::remove);
        keepOneJobType(copy, leaf);
        if (!leaf.names().equals(List.of("EventName"))) {
            copy.put("EventName", EventTrees.eventName(event));
        }
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

    /**
     * Leaves under Operation only the shared nodes and the job type's node the leaf is in, as a real callback
     * has: a body with every job type's nodes at once is many times larger than any callback.
     */
    private static void keepOneJobType(ObjectNode tree, Leaf leaf) {
        var jobs = tree.get("JobsDetail");
        if (jobs == null) {
            return;
        }
        int at = leaf.names().indexOf("Operation");
        var keep = at >= 0 ? leaf.names().get(at + 1) : null;
        for (var job : jobs) {
            var operation = (ObjectNode) job.get("Operation");
            if (operation != null) {
                operation.retain(operation.properties().stream().map(java.util.Map.Entry::getKey)
                        .filter(name -> SHARED_OPERATION.contains(name) || name.equals(keep)).toList());
            }
        }
    }

    /**
     * @param value the leaf's value: text, or a {@link #rawJson raw JSON token}
     * @return the smallest document that holds the leaf: each container on the way to it holds its required
     *         children (random valid values) and the next container, and the leaf's parent nothing else, so that
     *         a value set aside leaves its containers empty
     */
    public static ObjectNode sparse(Leaf leaf, JsonNode value, Random random) {
        var event = EventTrees.containing(leaf.names());
        var tree = sparse(event, leaf.names(), 0, value, random);
        if (!leaf.names().equals(List.of("EventName"))) {
            tree.put("EventName", EventTrees.eventName(event));
        }
        return tree;
    }

    /** A container, in schema order: its required children and the one the names lead through at this depth. */
    private static ObjectNode sparse(SchemaNode node, List<String> names, int depth, JsonNode value, Random random) {
        var object = NODES.objectNode();
        for (var child : node.children().values()) {
            JsonNode content;
            if (child.name().equals(names.get(depth))) {
                content = depth == names.size() - 1 ? value : sparse(child, names, depth + 1, value, random);
            } else if (child.required()) {
                content = child.isLeaf() ? NODES.textNode(RandomCallbacks.value(child, random))
                        : sparse(child, List.of(""), 0, null, random);
            } else {
                continue;
            }
            object.set(child.name(), child.repeatable() ? NODES.arrayNode().add(content) : content);
        }
        return object;
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
