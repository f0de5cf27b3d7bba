package io.cicallback.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cicallback.parse.InputLimits;
import io.cicallback.parse.StrictJson;
import io.cicallback.schema.CallbackSchemas;
import io.cicallback.schema.SchemaNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Validates JSON callbacks against {@code task-finish.schema.json}, reporting every violation with a JSON
 * Pointer into the body as received and the node path.
 *
 * <p>The body is tokenised once, by Jackson in strict mode (duplicate keys, comments, single quotes, unquoted
 * keys and trailing content are refused). Its tree is normalised ({@link JsonWireNormalizer}) and handed to
 * everit as an org.json tree built directly from it, so org.json's lenient parser never sees the bytes.
 * Thread-safe.
 */
public final class JsonCallbackValidator {

    /** Keywords whose violation on a leaf means its text does not have the type's form. */
    private static final java.util.Set<String> MALFORMED_KEYWORDS = java.util.Set.of("pattern", "type", "minLength");

    private final CallbackSchemas schemas;
    private final ObjectMapper strictJson;

    /** @param limits nesting and size bounds enforced while parsing */
    public JsonCallbackValidator(InputLimits limits) {
        this.schemas = CallbackSchemas.get();
        this.strictJson = StrictJson.mapper(limits);
    }

    /** A validator with the default limits. */
    public JsonCallbackValidator() {
        this(InputLimits.defaults());
    }

    /**
     * @param body the JSON body
     * @param mode how strictly to grade what is found
     * @return every finding
     */
    public ValidationReport validate(byte[] body, ValidationMode mode) {
        var findings = new Findings(mode);
        validate(body, findings);
        return new ValidationReport(findings.list());
    }

    /**
     * Validates and returns the normalised tree, ready to bind: in lenient mode without the nodes that were
     * set aside (unknown nodes, malformed values), which the findings keep.
     *
     * @param body     the JSON body
     * @param findings where findings go; its mode grades them
     * @return the normalised tree, or {@code null} when the findings hold an error
     */
    public ObjectNode validate(byte[] body, Findings findings) {
        try {
            var tree = parse(body, findings);
            if (tree == null) {
                return null;
            }
            var normalizer = JsonWireNormalizer.normalize(tree, schemas.jsonTree(), findings);
            var malformed = checkSchema(tree, normalizer, findings);
            if (findings.hasErrors()) {
                return null;
            }
            Collections.reverse(malformed); // later siblings first, so array indexes stay right
            malformed.forEach(pointer -> remove(tree, pointer));
            return tree;
        } catch (Findings.TooManyFindings stopped) {
            return null;
        }
    }

    private ObjectNode parse(byte[] body, Findings findings) {
        if (body.length == 0) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), "the body is empty", null);
            return null;
        }
        JsonNode tree;
        try {
            tree = strictJson.readTree(body);
        } catch (StreamConstraintsException e) {
            findings.add(FindingKind.LIMIT_EXCEEDED, "", Location.json(""), e.getOriginalMessage(), null);
            return null;
        } catch (JsonProcessingException e) {
            var where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""), "not well-formed JSON: "
                    + e.getOriginalMessage() + where, null);
            return null;
        } catch (IOException | RuntimeException e) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""), "cannot read the body: " + e, null);
            return null;
        }
        if (tree == null || tree.isMissingNode()) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), "the body holds no JSON value", null);
            return null;
        }
        if (!(tree instanceof ObjectNode object)) {
            findings.add(FindingKind.NOT_A_CALLBACK, "", Location.json(""),
                    "the body is a JSON " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                            + ", expected an object", null);
            return null;
        }
        return object;
    }

    /** @return pointers (normalised) of leaves whose values are malformed, in document order */
    private List<String> checkSchema(ObjectNode tree, JsonWireNormalizer normalizer, Findings findings) {
        var malformed = new ArrayList<String>();
        try {
            schemas.jsonSchema().validate(toOrgJson(tree));
        } catch (ValidationException e) {
            for (var violation : leaves(e, new ArrayList<>())) {
                var pointer = violation.getPointerToViolation() == null ? "" : violation.getPointerToViolation().replaceFirst("^#", "");
                var path = NodePaths.fromJsonPointer(schemas.jsonTree().name(), pointer);
                var keyword = violation.getKeyword() == null ? "" : violation.getKeyword();
                if (keyword.equals("required") || keyword.equals("additionalProperties") || findings.hasAt(path)) {
                    continue; // the normaliser reported these by name already
                }
                var node = schemas.jsonTree().at(pointer);
                var rawNode = tree.at(pointer);
                var raw = rawNode.isValueNode() ? rawNode.asText() : rawNode.toString();
                var location = Location.json(normalizer.originalPointer(pointer));
                if (keyword.equals("enum") && node != null) {
                    findings.addValueProblem(FindingKind.UNKNOWN_VALUE, node, path, location,
                            ValueMessages.unknownValue(node, raw), raw);
                } else if (MALFORMED_KEYWORDS.contains(keyword) && node != null && node.isLeaf()) {
                    findings.addValueProblem(FindingKind.MALFORMED_VALUE, node, path, location,
                            ValueMessages.malformed(node, raw), raw);
                    malformed.add(pointer);
                } else if (keyword.equals("minItems")) {
                    findings.add(FindingKind.MISSING_NODE, path, location, "at least one " + lastName(node) + " is required", null);
                } else {
                    findings.add(FindingKind.STRUCTURE, path, location, violation.getErrorMessage(), null);
                }
            }
        }
        return malformed;
    }

    private static String lastName(SchemaNode node) {
        return node == null ? "entry" : node.name();
    }

    private static List<ValidationException> leaves(ValidationException e, List<ValidationException> into) {
        if (e.getCausingExceptions().isEmpty()) {
            into.add(e);
        } else {
            e.getCausingExceptions().forEach(cause -> leaves(cause, into));
        }
        return into;
    }

    private static void remove(ObjectNode tree, String pointer) {
        int slash = pointer.lastIndexOf('/');
        var parent = tree.at(pointer.substring(0, slash));
        var last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
    }

    /** Builds everit's input from the parsed tree: no second tokenisation, and no org.json leniency. */
    static Object toOrgJson(JsonNode node) {
        if (node.isObject()) {
            var object = new JSONObject();
            node.properties().forEach(field -> object.put(field.getKey(), toOrgJson(field.getValue())));
            return object;
        }
        if (node.isArray()) {
            var array = new JSONArray();
            node.forEach(item -> array.put(toOrgJson(item)));
            return array;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return JSONObject.NULL;
        }
        return node.asText();
    }
}
