import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Build step: one JSON Schema file of the callback as Tencent's JSON really arrives, for validators that know
 * nothing of ci-callback (ajv, jsonschema, ...). The hand-written files describe the documented form, the one
 * the reader brings a body to before everit judges it; Tencent's JSON is a mechanical conversion of its XML,
 * which the reader takes as it comes. This writes the hand-written definitions into one file, each property
 * widened the way the reader widens it:
 * <ul>
 *   <li>a repeatable node may come as an array or as its single entry;</li>
 *   <li>a leaf may come as text or as a JSON number (the reader takes a number's text as sent), an integer leaf
 *       as text too, and an optional one as {@code ""} (no value);</li>
 *   <li>a container may come as {@code ""} (an empty XML element converted), any node as {@code null} (absent);</li>
 *   <li>the whole callback may be wrapped in {@code {"Response": ...}}.</li>
 * </ul>
 * The file accepts every body the reader accepts strictly (and some it refuses: a number's digits, say, are not
 * held to a leaf's pattern), which {@code PublishedSchemasIT} shows with two validators on every example.
 *
 * <p>Usage: {@code java -cp JACKSON WireJsonSchema.java SCHEMA_DIR ROOT_FILE OUT_FILE ID}
 */
public final class WireJsonSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Every file's definitions as written, by name (the names are unique across the files). */
    private static final Map<String, JsonNode> DOCUMENTED = new TreeMap<>();

    public static void main(String[] args) throws Exception {
        var schemaDir = Path.of(args[0]);
        var root = (ObjectNode) JSON.readTree(schemaDir.resolve(args[1]).toFile());
        try (Stream<Path> files = Files.walk(schemaDir)) {
            for (var file : files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList()) {
                JSON.readTree(file.toFile()).path("definitions").properties().forEach(definition -> {
                    if (DOCUMENTED.put(definition.getKey(), definition.getValue()) != null) {
                        throw new IllegalStateException("definition " + definition.getKey() + " twice, again in " + file);
                    }
                });
            }
        }
        var definitions = new TreeMap<String, JsonNode>();
        DOCUMENTED.forEach((name, definition) -> definitions.put(name, widen(definition)));
        var callback = (ObjectNode) widen(root);
        callback.remove("$schema");
        callback.remove("$id");
        callback.remove("definitions");
        var wrapped = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        wrapped.putArray("required").add("Response");
        wrapped.putObject("properties").set("Response", NODES.objectNode().put("$ref", "#/definitions/Callback"));
        definitions.put("Callback", callback);

        var out = NODES.objectNode();
        out.put("$schema", root.path("$schema").asText());
        out.put("$id", args[3]);
        out.put("title", "Callback as sent");
        out.put("description", "A callback body as Tencent sends it in JSON: the documented form of callback.schema.json,"
                + " widened the way ci-callback reads it (single entries, numbers as leaves, empty strings, nulls,"
                + " the Response wrapper). Generated from the hand-written files at build time.");
        var either = out.putArray("anyOf");
        either.addObject().put("$ref", "#/definitions/Callback");
        either.add(wrapped);
        out.set("definitions", JSON.valueToTree(definitions));
        var target = Path.of(args[2]);
        Files.createDirectories(target.getParent());
        Files.writeString(target, JSON.writeValueAsString(out));
    }

    /** @return the schema with every property widened, and its cross-file references made local */
    private static JsonNode widen(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        var copy = ((ObjectNode) schema).deepCopy();
        var ref = copy.path("$ref");
        if (ref.isTextual()) {
            copy.put("$ref", "#/definitions/" + ref.asText().substring(ref.asText().lastIndexOf('/') + 1));
        }
        if (copy.path("properties").isObject()) {
            var properties = (ObjectNode) copy.get("properties");
            var widened = new TreeMap<String, JsonNode>();
            properties.properties().forEach(p -> widened.put(p.getKey(), property(p.getValue())));
            properties.removeAll();
            widened.forEach(properties::set);
        }
        if (copy.path("additionalProperties").isObject()) { // a key/value node's entries, sent as any property is
            copy.set("additionalProperties", NODES.objectNode().set("anyOf", NODES.arrayNode()
                    .add(NODES.objectNode().put("type", "string")).add(NODES.objectNode().put("type", "number"))
                    .add(NODES.objectNode().put("type", "null")).add(NODES.objectNode().put("type", "array"))));
        }
        return copy;
    }

    /** @return what a property may hold as sent: its node (or, if repeatable, its entries or one entry), or null */
    private static JsonNode property(JsonNode schema) {
        JsonNode value;
        if ("array".equals(schema.path("type").asText())) {
            var entry = node(schema.path("items"));
            var array = NODES.objectNode().put("type", "array");
            array.set("items", entry);
            value = anyOf(array, entry);
        } else {
            value = node(schema);
        }
        return anyOf(value, NODES.objectNode().put("type", "null"));
    }

    /** @return one node as sent: as documented, or "" (an empty element, or no value), or a number for a leaf */
    private static JsonNode node(JsonNode schema) {
        var documented = widen(schema);
        var empty = NODES.objectNode().put("const", "");
        var ref = schema.path("$ref").asText("");
        var target = ref.isEmpty() ? schema : DOCUMENTED.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (target == null) {
            throw new IllegalStateException("dangling $ref " + ref);
        }
        String type = target.path("type").asText();
        if ("object".equals(type)) {
            return anyOf(documented, empty);
        }
        var text = NODES.objectNode().put("type", "string");
        var number = NODES.objectNode().put("type", "number");
        return "integer".equals(type) ? anyOf(documented, text) : anyOf(documented, number, empty);
    }

    private static JsonNode anyOf(JsonNode... alternatives) {
        var out = NODES.objectNode();
        ArrayNode list = out.putArray("anyOf");
        for (var alternative : alternatives) {
            list.add(alternative);
        }
        return out;
    }

    private WireJsonSchema() {
    }
}
