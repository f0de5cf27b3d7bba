package io.cicallback.internal.validate;

import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.cicallback.internal.parse.StrictJson;
import io.cicallback.internal.schema.CallbackSchemas;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.cicallback.internal.bind.WalkOutput;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The JSON validation behind {@link io.cicallback.validate.JsonCallbackValidator} and the reader: validates JSON callbacks against {@code callback.schema.json}, reporting every violation with a JSON
 * Pointer into the body as received and the node path.
 *
 * <p>The body is tokenised once, by Jackson in strict mode (duplicate keys, comments, single quotes, unquoted
 * keys and trailing content are refused), and read by {@link JsonWireReader}, which follows the schema tree,
 * brings Tencent's quirks to the documented form, enforces the limits and holds every leaf to the schema's
 * rules as it goes, so that the cost of a read stays linear in the body whatever it holds. everit then
 * validates the result against the JSON Schema itself, as an org.json tree built directly from it (org.json's
 * lenient parser never sees the bytes), whenever the reader left nothing invalid in it; a body the reader
 * found errors in is rejected on its findings, without handing everit a tree whose every violation it would
 * turn into an exception.
 *
 * <p>The reader's checks are the JSON Schema's, compiled into the tree it follows: a differential test shows
 * on generated bodies that everit finds nothing in a body they pass. So the reader's fast path skips everit
 * ({@code confirmWithSchema} off), while the validators, the writer and the differential test's reference
 * keep it. Thread-safe.
 */
public final class JsonValidation {

    /** everit's keywords whose violations the reader has reported already, node by node. */
    private static final java.util.Set<String> WALKER_KEYWORDS = java.util.Set.of("required", "oneOf", "minItems");

    private final CallbackSchemas schemas;
    private final InputLimits limits;
    private final JsonFactory json;
    private final CompiledTree tree;
    private final boolean confirmWithSchema;

    /**
     * @param limits            the bounds enforced while reading
     * @param confirmWithSchema whether everit validates what the reader found nothing invalid in
     */
    public JsonValidation(InputLimits limits, boolean confirmWithSchema) {
        this.schemas = CallbackSchemas.get();
        this.limits = limits;
        this.json = StrictJson.factory(limits);
        this.tree = new CompiledTree(schemas.jsonTree(), schemas.jsonTargets());
        this.confirmWithSchema = confirmWithSchema;
        if (confirmWithSchema) {
            schemas.jsonSchema(); // compiled now, not on the first body
        }
    }

    /**
     * Compiles the whole grammar and looks up every node's binding now, for a warm-up: the first body of any job
     * type then finds its part ready.
     */
    public void prepareGrammar() {
        tree.prepareAll();
    }

    /**
     * Walks a model along this format's grammar, for the writer: each container's nodes in the grammar's order,
     * its unknown nodes after its documented nodes, empty ones left out.
     *
     * @param envelope the model's root object
     * @param out      where the nodes go
     */
    public void walkModel(Object envelope, WalkOutput out) {
        new ModelWalk(out, false).walk(tree, envelope);
    }

    /**
     * A JSON callback in its documented form, ready to bind.
     *
     * @param tokens the form as tokens: read them with {@link TokenBuffer#asParser()}
     */
    public record DocumentedForm(TokenBuffer tokens) {
    }

    /**
     * Validates and returns the callback in its documented form, ready to bind: in lenient mode without the
     * nodes that were set aside (unknown nodes, malformed values), which the findings keep.
     *
     * @param body     the JSON body
     * @param findings where findings go; its mode grades them
     * @return the documented form, or {@code null} when the findings hold an error
     */
    public DocumentedForm validate(byte[] body, Findings findings) {
        return validate(body, findings, null);
    }

    /**
     * As {@link #validate(byte[], Findings)}, keeping the unknown nodes.
     *
     * @param kept where unknown nodes are kept, or {@code null} to skip them
     * @return the documented form, or {@code null} when the findings hold an error
     */
    public DocumentedForm validate(byte[] body, Findings findings, KeptNodes kept) {
        var output = new TokenOutput();
        var reader = walk(body, findings, kept, output);
        if (reader == null) {
            return null;
        }
        if (confirmWithSchema && !reader.keptUnknownValues()) {
            try {
                checkSchema(output.tokens(), reader, findings);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // tokens in memory, written by the reader
            }
        }
        return findings.hasErrors() ? null : new DocumentedForm(output.tokens());
    }

    /**
     * Reads a body without everit, passing its documented nodes to {@code output}: the reader's fast path.
     *
     * @param body     the JSON body
     * @param findings where findings go; its mode grades them
     * @param kept     where unknown nodes are kept, when {@code output} does not take them
     * @param output   receives the documented nodes, e.g. a {@code ModelBuilder}
     * @return whether the body was read without an error
     */
    public boolean read(byte[] body, Findings findings, KeptNodes kept, WalkOutput output) {
        return walk(body, findings, kept, output) != null;
    }

    /** @return the reader that walked the body, or {@code null} when the findings hold an error */
    private JsonWireReader walk(byte[] body, Findings findings, KeptNodes kept, WalkOutput output) {
        if (body.length == 0) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), "the body is empty", null);
            return null;
        }
        try (var parser = StrictJson.createParser(json, body)) {
            var reader = new JsonWireReader(parser, tree, body, findings, limits, kept, output);
            boolean read;
            try {
                read = reader.readRoot();
            } catch (StreamConstraintsException e) {
                // Where the parser is: the number or key over the limit, not the body's root.
                var pointer = parser.getParsingContext().pathAsPointer().toString();
                findings.add(FindingKind.LIMIT_EXCEEDED, NodePaths.fromJsonPointer(tree.root().name(), pointer),
                        Location.json(pointer), JsonMessages.limit(e, limits), null);
                return null;
            }
            return read && !findings.hasErrors() ? reader : null;
        } catch (JsonWireReader.Stop | Findings.TooManyFindings stopped) {
            return null; // recorded already
        } catch (StreamConstraintsException e) {
            findings.add(FindingKind.LIMIT_EXCEEDED, "", Location.json(""), JsonMessages.limit(e, limits), null);
        } catch (JsonProcessingException e) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""), JsonMessages.notWellFormed(e), null);
        } catch (CharConversionException e) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), e.getMessage(), null);
        } catch (IOException e) {
            // Parsing bytes in memory, Jackson only fails on their content. Anything else (a linkage error, a
            // bug) is not about the body and leaves as it is, for the reader to report as its own failure.
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.json(""), "cannot read the body: "
                    + e.getClass().getSimpleName(), null);
        }
        return null;
    }

    /** Runs everit over a body the reader found nothing invalid in; anything it finds is still reported. */
    private void checkSchema(TokenBuffer tokens, JsonWireReader reader, Findings findings) throws IOException {
        Object document;
        try (var in = tokens.asParser()) {
            document = toOrgJson(in, in.nextToken());
        }
        try {
            schemas.jsonSchema().validate(document);
        } catch (ValidationException e) {
            for (var violation : leaves(e, new ArrayList<>())) {
                if (WALKER_KEYWORDS.contains(violation.getKeyword())) {
                    continue; // the reader reports absent nodes itself, by name and with their kind
                }
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

    /** Builds everit's input from the documented form's tokens: no second tokenisation, no org.json leniency. */
    static Object toOrgJson(JsonParser in, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            var object = new JSONObject();
            for (var field = in.nextToken(); field == JsonToken.FIELD_NAME; field = in.nextToken()) {
                var name = in.currentName();
                object.put(name, toOrgJson(in, in.nextToken()));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            var array = new JSONArray();
            for (var item = in.nextToken(); item != JsonToken.END_ARRAY; item = in.nextToken()) {
                array.put(toOrgJson(in, item));
            }
            return array;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return in.getIntValue();
        }
        return in.getText(); // the reader writes only objects, arrays, ints and text
    }
}
