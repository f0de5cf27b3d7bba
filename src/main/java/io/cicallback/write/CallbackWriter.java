package io.cicallback.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.cicallback.internal.bind.Bindings;
import io.cicallback.value.WireFormat;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cicallback.internal.map.ModelToJsonMapper;
import io.cicallback.internal.map.UnknownNodeJson;
import io.cicallback.internal.map.Events;
import io.cicallback.model.Callback;
import io.cicallback.internal.bind.CallbackEnvelope;
import io.cicallback.internal.validate.Findings;
import io.cicallback.validate.InputLimits;
import io.cicallback.internal.validate.JsonValidation;
import io.cicallback.validate.ValidationMode;
import io.cicallback.internal.validate.XmlValidation;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a callback model as XML or as JSON, each in the form Tencent documents: the JSON has every leaf as
 * text (JobLevel, a number in Tencent's sample, as a number), arrays for repeatable nodes and no empty nodes.
 * The unknown nodes a lenient read kept ({@link io.cicallback.model.ModelObject#unknownNodes()}) are
 * written back in their containers, in either format. Reading what was written gives an equal model.
 *
 * <p>What it writes it validates first, as a lenient reader would read it, and it refuses a model the reader
 * would reject ({@code new TaskFinishCallback()} has no event name and no job; a callback whose event name
 * contradicts its type): {@link InvalidCallbackException}
 * carries the findings. {@link #writeUnchecked} skips that, e.g. to produce a broken body for a test.
 *
 * <p>A written form can be larger than the body the model was read from (escaping, indentation), so the check
 * uses the default limits' {@link InputLimits#forWrittenForms()}, and so should a reader that reads written
 * forms back: every callback a reader accepts writes in both formats and reads back equal, in the same mode,
 * with its limits' {@code forWrittenForms()}. Thread-safe.
 */
public final class CallbackWriter {

    private static final ObjectWriter JSON = Bindings.pojoMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("    ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("    ", "\n")));

    /**
     * What the writer checks its output with: a default reader's limits, with room for the written form to be
     * larger than the body it was read from (see {@link InputLimits#forWrittenForms()}).
     */
    private static final InputLimits LIMITS = InputLimits.defaults().forWrittenForms();

    /** Built on first use; the JSON one loads Jackson and everit only when JSON is written. */
    private static final class Validators {
        static final XmlValidation XML = new XmlValidation(LIMITS);
    }

    private static final class JsonValidators {
        static final JsonValidation JSON = new JsonValidation(LIMITS, true);
    }

    private CallbackWriter() {
    }

    /**
     * @param callback the model
     * @param format   the form to write
     * @param out      where to write, UTF-8; not closed; nothing is written when the model is refused
     * @throws InvalidCallbackException when a reader would reject what the model writes
     * @throws IOException              when the stream fails
     */
    public static void write(Callback callback, WireFormat format, OutputStream out) throws IOException {
        out.write(checked(callback, format));
    }

    /**
     * Writes without validating: the body may be one that readers reject.
     *
     * @param callback the model
     * @param format   the form to write
     * @param out      where to write, UTF-8; not closed
     * @throws IOException when the stream fails
     */
    public static void writeUnchecked(Callback callback, WireFormat format, OutputStream out)
            throws IOException {
        write(Events.wrap(callback), format, out);
    }

    private static void write(CallbackEnvelope envelope, WireFormat format, OutputStream out) throws IOException {
        if (format == WireFormat.XML) {
            try {
                Bindings.newMarshaller().marshal(envelope, out);
            } catch (JAXBException e) {
                throw new IOException("cannot write the callback as XML: " + e.getMessage(), e);
            }
        } else {
            ObjectNode tree = Bindings.pojoMapper().valueToTree(ModelToJsonMapper.INSTANCE.toJson(envelope));
            UnknownNodeJson.insert(envelope, tree);
            JSON.writeValue(out, tree);
            out.write('\n');
        }
    }

    /**
     * @param callback the model
     * @return the callback as an XML document
     * @throws InvalidCallbackException when a reader would reject it
     */
    public static String toXml(Callback callback) {
        return new String(checked(callback, WireFormat.XML), StandardCharsets.UTF_8);
    }

    /**
     * @param callback the model
     * @return the callback as a JSON document
     * @throws InvalidCallbackException when a reader would reject it
     */
    public static String toJson(Callback callback) {
        return new String(checked(callback, WireFormat.JSON), StandardCharsets.UTF_8);
    }

    private static byte[] checked(Callback callback, WireFormat format) {
        var envelope = Events.wrap(callback);
        var out = new ByteArrayOutputStream();
        try {
            write(envelope, format, out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model cannot be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var body = out.toByteArray();
        var findings = new Findings(ValidationMode.LENIENT, LIMITS);
        if (format == WireFormat.XML) {
            Validators.XML.validate(body, findings, new org.xml.sax.helpers.DefaultHandler());
        } else {
            JsonValidators.JSON.validate(body, findings);
        }
        Events.checkEventName(envelope, findings);
        if (findings.hasErrors()) {
            throw new InvalidCallbackException(findings.list());
        }
        return body;
    }
}
