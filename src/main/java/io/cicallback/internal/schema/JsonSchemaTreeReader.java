package io.cicallback.internal.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code callback.schema.json}, and the files its {@code $ref}s lead to, into a {@link SchemaNode} tree.
 * It understands the subset of draft-07 our schema uses: objects with {@code properties} and {@code required}
 * (and one {@code oneOf} of {@code required}s), arrays with {@code items}, {@code $ref}s into the
 * {@code definitions} of the same or another file, enumerations kept inside {@code allOf}, and
 * {@code "x-lenient-absent": true} on a property.
 */
public final class JsonSchemaTreeReader {

    private static final String DEFINITIONS = "/definitions/";
    /** The keyword, on a property, of a required node lenient mode reads on without. */
    static final String LENIENT_ABSENT = "x-lenient-absent";

    private final SchemaFiles files;
    private final Map<String, JsonNode> documents = new HashMap<>();

    private JsonSchemaTreeReader(SchemaFiles files) {
        this.files = files;
    }

    /**
     * @param files    where the schema files are
     * @param path     the main schema document, from the schemas' root folder
     * @param rootName the wire name to give the root (JSON has none; XML calls it {@code Response})
     * @return the tree below the schema's root object
     * @throws IOException when the schema cannot be read or is not of the supported shape
     */
    public static SchemaNode read(SchemaFiles files, String path, String rootName) throws IOException {
        var reader = new JsonSchemaTreeReader(files);
        return reader.node(rootName, reader.document(path), true, false, "", path);
    }

    private JsonNode document(String path) throws IOException {
        var document = documents.get(path);
        if (document == null) {
            try (var in = files.open(path); var parser = new JsonFactory().createParser(in)) {
                document = tree(parser, parser.nextToken());
            }
            documents.put(path, document);
        }
        return document;
    }

    /**
     * Builds the document's tree from the parser's tokens: an ObjectMapper would do it too, but costs a first
     * JSON read a hundred milliseconds more to set up, and this tree is needed before any body is read.
     */
    private static JsonNode tree(JsonParser parser, JsonToken token) throws IOException {
        var nodes = JsonNodeFactory.instance;
        if (token == JsonToken.START_OBJECT) {
            var object = nodes.objectNode();
            for (var field = parser.nextToken(); field == JsonToken.FIELD_NAME; field = parser.nextToken()) {
                var name = parser.currentName();
                object.set(name, tree(parser, parser.nextToken()));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            var array = nodes.arrayNode();
            for (var item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                array.add(tree(parser, item));
            }
            return array;
        }
        return switch (token) {
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> nodes.numberNode(parser.getLongValue());
            case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IOException("unsupported token in the schema: " + token);
        };
    }

    /**
     * @param file the path of the file {@code schema} is in, against which its {@code $ref}s resolve
     */
    private SchemaNode node(String name, JsonNode schema, boolean required, boolean repeatable,
                            String description, String file) throws IOException {
        if (description.isEmpty()) {
            description = schema.path("description").asText("");
        }
        var ref = schema.path("$ref").asText(null);
        if (ref != null) {
            int hash = ref.indexOf('#');
            if (hash < 0 || !ref.startsWith(DEFINITIONS, hash + 1)) {
                throw new IOException("unsupported $ref " + ref + " at " + name + " in " + file);
            }
            var targetFile = hash == 0 ? file : SchemaFiles.resolve(file, ref.substring(0, hash));
            var typeName = ref.substring(hash + 1 + DEFINITIONS.length());
            var target = document(targetFile).path("definitions").path(typeName);
            if (target.isMissingNode()) {
                throw new IOException("dangling $ref " + ref + " at " + name + " in " + file);
            }
            if ("object".equals(target.path("type").asText())) {
                return node(name, target, required, repeatable, description, targetFile);
            }
            return new SchemaNode(name, required, repeatable, typeName, target.path("type").asText(), enumeration(target),
                    pattern(target), description, Map.of());
        }
        switch (schema.path("type").asText()) {
            case "array" -> {
                var itemsRequired = schema.path("minItems").asInt(0) > 0;
                return node(name, schema.path("items"), required && itemsRequired, true, description, file);
            }
            case "object" -> {
                var requiredNames = new HashSet<String>();
                schema.path("required").forEach(n -> requiredNames.add(n.asText()));
                var oneOf = new ArrayList<String>();
                for (var alternative : schema.path("oneOf")) {
                    if (alternative.path("required").size() != 1) {
                        throw new IOException("oneOf at " + name + " must list one required property per alternative");
                    }
                    oneOf.add(alternative.path("required").get(0).asText());
                }
                var kids = new LinkedHashMap<String, SchemaNode>();
                for (var field : schema.path("properties").properties()) {
                    var childName = field.getKey();
                    var child = node(childName, field.getValue(), requiredNames.contains(childName), false, "", file);
                    kids.put(childName, field.getValue().path(LENIENT_ABSENT).asBoolean(false) ? child.toleratedAbsent() : child);
                }
                if (!kids.keySet().containsAll(oneOf)) {
                    throw new IOException("oneOf at " + name + " names an undeclared property");
                }
                var additional = schema.path("additionalProperties");
                boolean open = additional.isObject() || additional.asBoolean(false);
                return new SchemaNode(name, required, repeatable, null, null, List.of(), null, description, kids,
                        oneOf, false, open);
            }
            case "string" -> {
                return new SchemaNode(name, required, repeatable, SchemaNode.STRING, SchemaNode.STRING,
                        enumeration(schema), pattern(schema), description, Map.of());
            }
            default -> throw new IOException("unsupported schema shape at " + name + ": " + schema);
        }
    }

    /**
     * JSON Schema patterns are unanchored, so ours are written {@code ^(X)$}; X alone is the form the XSD's
     * pattern (always anchored) states, and what the tree keeps so that the two schemas can be compared.
     */
    private static String pattern(JsonNode schema) throws IOException {
        var pattern = schema.path("pattern").asText(null);
        if (pattern == null) {
            return null;
        }
        if (!pattern.startsWith("^(") || !pattern.endsWith(")$")) {
            throw new IOException("pattern not of the form ^(...)$: " + pattern);
        }
        return pattern.substring(2, pattern.length() - 2);
    }

    private static List<String> enumeration(JsonNode schema) {
        var values = new ArrayList<String>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        schema.path("allOf").forEach(part -> part.path("enum").forEach(v -> values.add(v.asText())));
        return values;
    }
}
