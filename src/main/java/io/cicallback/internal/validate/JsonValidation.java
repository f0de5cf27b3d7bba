package io.cicallback.internal.validate;

import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cicallback.internal.parse.StrictJson;
import io.cicallback.internal.schema.CallbackSchemas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The JSON validation behind {@link io.cicallback.validate.JsonCallbackValidator} and the reader: validates JSON callbacks against {@code task-finish.schema.json}, reporting every violation with a JSON
 * Pointer into the body as received and the node path.
 *
 * <p>The body is tokenised once, by Jackson in strict mode (duplicate keys, comments, single quotes, unquoted
 * keys and trailing content are refused), and read by {@link JsonWireReader}, which follows the schema tree,
 * brings Tencent's quirks to the documented form, enforces the limits and holds every leaf to the schema's
 * rules as it goes, so that the cost of a read stays linear in the body whatever it holds. everit then
 * validates the result against the JSON Schema itself, as an org.json tree built directly from it (org.json's
 * lenient parser never sees the bytes), whenever the reader left nothing invalid in it; a body the reader
 * found errors in is rejected on its findings, without handing everit a tree whose every violation it would
 * turn into an exception. Thread-safe.
 */
public final class JsonValidation {

    private final CallbackSchemas schemas;
    private final InputLimits limits;
    private final JsonFactory json;

    /** @param limits the bounds enforced while reading */
    public JsonValidation(InputLimits limits) {
        this.schemas = CallbackSchemas.get();
        this.limits = limits;
        this.json = StrictJson.factory(limits);
    }



    /**
     * Validates and returns the callback in its documented form, ready to bind: in lenient mode without the
     * nodes that were set aside (unknown nodes, malformed values), which the findings keep.
     *
     * @param body     the JSON body
     * @param findings where findings go; its mode grades them
     * @return the tree, or {@code null} when the findings hold an error
     */
    public ObjectNode validate(byte[] body, Findings findings) {
        if (body.length == 0) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), "the body is empty", null);
            return null;
        }
        try (var parser = json.createParser(body)) {
            var reader = new JsonWireReader(parser, body, findings, limits, schemas.jsonTree().name());
            var tree = reader.readRoot(schemas.jsonTree());
            if (tree == null || findings.hasErrors()) {
                return null;
            }
            if (!reader.keptUnknownValues()) {
                checkSchema(tree, reader, findings);
            }
            return findings.hasErrors() ? null : tree;
        } catch (JsonWireReader.Stop | Findings.TooManyFindings stopped) {
            return null; // recorded already
        } catch (StreamConstraintsException e) {
            findings.add(FindingKind.LIMIT_EXCEEDED, "", Location.json(""), JsonMessages.limit(e, limits), null);
        } catch (JsonProcessingException e) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""), JsonMessages.notWellFormed(e), null);
        } catch (IOException | RuntimeException e) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""), "cannot read the body: "
                    + e.getClass().getSimpleName(), null);
        }
        return null;
    }

    /** Runs everit over a tree the reader found nothing invalid in; anything it finds is still reported. */
    private void checkSchema(ObjectNode tree, JsonWireReader reader, Findings findings) {
        try {
            schemas.jsonSchema().validate(toOrgJson(tree));
        } catch (ValidationException e) {
            for (var violation : leaves(e, new ArrayList<>())) {
                var pointer = violation.getPointerToViolation() == null ? ""
                        : violation.getPointerToViolation().replaceFirst("^#", "");
                var path = NodePaths.fromJsonPointer(schemas.jsonTree().name(), pointer);
                if (!findings.hasAt(path)) {
                    findings.add(FindingKind.STRUCTURE, path, Location.json(reader.originalPointer(pointer)),
                            violation.getErrorMessage(), null);
                }
            }
        }
    }

    private static List<ValidationException> leaves(ValidationException e, List<ValidationException> into) {
        if (e.getCausingExceptions().isEmpty()) {
            into.add(e);
        } else {
            e.getCausingExceptions().forEach(cause -> leaves(cause, into));
        }
        return into;
    }

    /** Builds everit's input from the read tree: no second tokenisation, and no org.json leniency. */
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
        if (node.isInt()) {
            return node.intValue();
        }
        return node.asText(); // the reader builds only objects, arrays, ints and text
    }
}
