package io.cicallback.write;

import io.cicallback.value.WireFormat;
import io.cicallback.internal.map.Events;
import io.cicallback.model.Callback;
import io.cicallback.internal.bind.CallbackEnvelope;
import io.cicallback.internal.bind.WalkOutput;
import io.cicallback.internal.validate.Findings;
import io.cicallback.validate.InputLimits;
import io.cicallback.internal.validate.JsonValidation;
import io.cicallback.validate.ValidationMode;
import io.cicallback.internal.validate.XmlValidation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a callback model as XML or as JSON, each in the form Tencent documents: the JSON has every leaf as
 * text (JobLevel, a number in Tencent's sample, as a number), arrays for repeatable nodes and no empty nodes.
 * The unknown nodes a lenient read kept ({@link io.cicallback.model.ModelObject#unknownNodes()}) are
 * written back in their containers, in either format. Reading what was written gives an equal model. The
 * model is walked along the same grammar the reader follows (the nodes in the schemas' order, through the same
 * bindings), so no binder's set-up is paid on a first write.
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

    /**
     * What the writer checks its output with: a default reader's limits, with room for the written form to be
     * larger than the body it was read from (see {@link InputLimits#forWrittenForms()}).
     */
    private static final InputLimits LIMITS = InputLimits.defaults().forWrittenForms();

    /**
     * The grammar of each format, which the model is walked along to be written and the written form read along
     * to be checked; each built on first use.
     */
    private static final class XmlGrammar {
        static final XmlValidation XML = new XmlValidation(LIMITS);
    }

    private static final class JsonGrammar {
        static final JsonValidation JSON = new JsonValidation(LIMITS, false);
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
        out.write(text(envelope, format).getBytes(StandardCharsets.UTF_8));
    }

    /** Walks the model along the format's grammar into text: no JAXB or databind is involved. */
    private static String text(CallbackEnvelope envelope, WireFormat format) {
        if (format == WireFormat.XML) {
            var xml = new XmlText();
            XmlGrammar.XML.walkModel(envelope, xml);
            return xml.document();
        }
        var json = new JsonText();
        JsonGrammar.JSON.walkModel(envelope, json);
        return json.document();
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
        var body = text(envelope, format).getBytes(StandardCharsets.UTF_8);
        // Read back along the same grammar, as a lenient reader reads it (which the validators of record hold
        // to the schemas).
        var findings = new Findings(ValidationMode.LENIENT, LIMITS);
        if (format == WireFormat.XML) {
            XmlGrammar.XML.read(body, findings, WalkOutput.NOTHING, null);
        } else {
            JsonGrammar.JSON.read(body, findings, null, WalkOutput.NOTHING);
        }
        Events.checkEventName(envelope, findings);
        if (findings.hasErrors()) {
            throw new InvalidCallbackException(findings.list());
        }
        return body;
    }
}
