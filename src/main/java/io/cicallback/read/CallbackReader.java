package io.cicallback.read;

import io.cicallback.internal.bind.Bindings;
import io.cicallback.internal.bind.ModelBuilder;
import io.cicallback.internal.detect.FormatDetector;
import io.cicallback.value.WireFormat;
import io.cicallback.internal.map.EmptyNodes;
import io.cicallback.internal.map.UnknownNodePlacement;
import io.cicallback.internal.validate.KeptNodes;
import io.cicallback.internal.map.JsonToModelMapper;
import io.cicallback.internal.map.Events;
import io.cicallback.internal.bind.CallbackEnvelope;
import io.cicallback.internal.parse.Bodies;
import io.cicallback.internal.parse.BodyTooLargeException;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.DisplayText;
import io.cicallback.validate.FindingKind;
import io.cicallback.internal.validate.Findings;
import io.cicallback.internal.validate.JsonValidation;
import io.cicallback.validate.Location;
import io.cicallback.validate.ValidationMode;
import io.cicallback.internal.validate.XmlValidation;
import io.cicallback.internal.wire.json.CallbackEnvelopeJson;
import java.io.IOException;
import java.io.InputStream;
import jakarta.xml.bind.UnmarshallerHandler;
import java.util.Objects;

/**
 * The entry point: turns a callback body (untrusted bytes from the internet) into the model and its findings.
 *
 * <pre>{@code
 * CallbackReader reader = CallbackReader.create();           // build once, share across threads
 * ReadResult result = reader.read(body, request.getContentType());
 * if (result.callback() instanceof TaskFinishCallback jobs) { ... }
 * }</pre>
 *
 * <p>The data path is bytes, detected format ({@link FormatDetector}), then one walk over the grammar compiled
 * from the schemas ({@link XmlValidation}, {@link JsonValidation}) that judges each node and hands the
 * documented ones, and the unknown nodes a lenient read keeps, to the {@link ModelBuilder}, which makes the
 * model as they come. Every rejection is a {@link CallbackRejectedException} carrying all findings; no parser
 * exception escapes.
 *
 * <p>That is the fast path: the schemas' rules, compiled into the grammar the walk follows, judge the body,
 * and no JAXB or Jackson binder is involved. The XSD validator and everit are the judges of record (the
 * validators and the writer run them), and JAXB and Jackson databind the reference binders: a differential test
 * shows that both paths give the same outcome, findings and model, on every example and on generated bodies.
 *
 * <p>Immutable and thread-safe.
 */
public final class CallbackReader {

    /** A missing body is read as an empty one, and rejected like it. */
    private static final byte[] EMPTY = new byte[0];

    private final ValidationMode mode;
    private final InputLimits limits;
    /** Whether every body takes the validators of record (the differential test's reference). */
    private final boolean referencePath;
    /** Built on the first body of each format: an endpoint that gets one format never pays for the other. */
    private final Lazy<XmlValidation> xmlValidation;
    private final Lazy<JsonValidation> jsonValidation;

    private CallbackReader(Builder builder) {
        this.mode = builder.mode;
        this.limits = builder.limits;
        this.referencePath = builder.referencePath;
        this.xmlValidation = new Lazy<>(() -> {
            if (referencePath) {
                Bindings.prepareXml();
            }
            return new XmlValidation(limits);
        });
        this.jsonValidation = new Lazy<>(() -> new JsonValidation(limits, referencePath));
    }

    /** A minimal callback that exercises every step of both paths once. */
    private static final String WARM_UP_XML = "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId>"
            + "<State>Success</State><Tag>VoiceSeparate</Tag><CreationTime>2022-07-01T10:12:26+0800</CreationTime>"
            + "<Operation><MediaInfo><Format><Duration>1.5</Duration><Size>1</Size></Format></MediaInfo></Operation>"
            + "</JobsDetail></Response>";
    private static final String WARM_UP_JSON = "{\"EventName\":\"TaskFinish\",\"JobsDetail\":[{\"JobId\":\"j\","
            + "\"State\":\"Success\",\"Tag\":\"VoiceSeparate\",\"CreationTime\":\"2022-07-01T10:12:26+0800\","
            + "\"Operation\":{\"MediaInfo\":{\"Format\":{\"Duration\":\"1.5\",\"Size\":\"1\"}}}}]}";

    /**
     * Loads and links everything a first read of each format needs (the parsers, both grammars whole, every
     * node's binding into the model, the model classes), so that the first real callback, of whatever job type,
     * does not pay for it: call it at start-up, e.g. from a Spring {@code ApplicationReadyEvent} listener. It
     * costs a few hundred milliseconds once. Idempotent and thread-safe.
     *
     * @return this reader
     */
    public CallbackReader warmUp() {
        try {
            readAs(WARM_UP_XML.getBytes(java.nio.charset.StandardCharsets.UTF_8), WireFormat.XML);
            readAs(WARM_UP_JSON.getBytes(java.nio.charset.StandardCharsets.UTF_8), WireFormat.JSON);
            xmlValidation.get().prepareGrammar();
            jsonValidation.get().prepareGrammar();
        } catch (CallbackRejectedException e) {
            throw new IllegalStateException("the built-in warm-up callback was rejected: " + e.findings(), e);
        }
        return this;
    }

    /** @return a lenient reader with the default limits */
    public static CallbackReader create() {
        return builder().build();
    }

    /** @return a builder, lenient with the default limits until told otherwise */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the mode this reader grades findings in */
    public ValidationMode mode() {
        return mode;
    }

    /** @return the limits this reader enforces */
    public InputLimits limits() {
        return limits;
    }

    /**
     * Reads a body whose format is told by its Content-Type header or, failing that, by its content.
     *
     * @param body        the request body, read to its end, not closed; {@code null} is an empty body
     * @param contentType the Content-Type header, may be {@code null} or wrong
     * @return the callback and its warnings
     * @throws CallbackRejectedException when the body is not an acceptable callback, or cannot be read
     * @throws ReaderFailureException     when the reader itself fails (a missing class, a bug): not the body
     */
    public ReadResult read(InputStream body, String contentType) throws CallbackRejectedException {
        return readDetected(readBody(body), contentType, true);
    }

    /**
     * @param body        the request body
     * @param contentType the Content-Type header, may be {@code null} or wrong
     * @return the callback and its warnings
     * @throws CallbackRejectedException when the body is not an acceptable callback
     * @throws ReaderFailureException     when the reader itself fails (a missing class, a bug): not the body
     */
    public ReadResult read(byte[] body, String contentType) throws CallbackRejectedException {
        return readDetected(body == null ? EMPTY : body, contentType, false);
    }

    /** @param owned whether the reader owns {@code body}, or it is the caller's, who may change it afterwards */
    private ReadResult readDetected(byte[] body, String contentType, boolean owned) throws CallbackRejectedException {
        refuseCompressed(body);
        var format = FormatDetector.detect(body, contentType);
        if (format.isEmpty()) {
            var findings = new Findings(mode, limits);
            var why = body.length == 0 ? "the body is empty" : "the body is neither XML nor JSON";
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), why, null);
            throw new CallbackRejectedException(findings.list());
        }
        return readFormat(body, format.get(), owned);
    }

    /** A compressed body is said to be so, not taken for bytes of a broken encoding. */
    private void refuseCompressed(byte[] body) throws CallbackRejectedException {
        if (Bodies.isGzip(body)) {
            var findings = new Findings(mode, limits);
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), "the body is gzip-compressed (it starts"
                    + " with the bytes 1F 8B): callbacks are read as sent, uncompressed; a Content-Encoding is not"
                    + " undone here", null);
            throw new CallbackRejectedException(findings.list());
        }
    }

    /**
     * Reads a body in a known format, without detection.
     *
     * @param body   the request body
     * @param format the body's format
     * @return the callback and its warnings
     * @throws CallbackRejectedException when the body is not an acceptable callback
     * @throws ReaderFailureException     when the reader itself fails (a missing class, a bug): not the body
     */
    public ReadResult readAs(byte[] body, WireFormat format) throws CallbackRejectedException {
        body = body == null ? EMPTY : body;
        refuseCompressed(body);
        return readFormat(body, format, false);
    }

    private ReadResult readFormat(byte[] body, WireFormat format, boolean owned) throws CallbackRejectedException {
        Objects.requireNonNull(format, "format");
        if (body.length > limits.maxBodyBytes()) {
            throw Findings.bodyTooLarge(mode, limits);
        }
        Read read;
        try {
            // Key/value entries are kept in either mode; unknown nodes by a lenient read (a strict one rejects them).
            var kept = new KeptNodes(limits.maxRepeatedNodes(), limits.maxWarnings());
            read = referencePath ? readReference(body, format, kept)
                    : format == WireFormat.XML ? readXml(body, kept) : readJson(body, kept);
            if (read.envelope() != null && !read.findings().hasErrors()) {
                if (!kept.list().isEmpty()) {
                    UnknownNodePlacement.attach(read.envelope(), kept);
                }
                if (read.needsPruning()) {
                    EmptyNodes.prune(read.envelope());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // Every finding about the body is in the findings by now: what is thrown is the library's own failure.
            throw new ReaderFailureException(e);
        }
        var findings = read.findings();
        if (read.envelope() != null && !findings.hasErrors()) {
            Events.checkEventName(read.envelope(), findings);
        }
        if (read.envelope() == null || findings.hasErrors()) {
            throw new CallbackRejectedException(findings.list());
        }
        // The result keeps the body as received: a copy, when the caller's array could change under it later.
        var list = findings.list();
        return new ReadResult(Events.open(read.envelope()), format, list, owned ? body : body.clone(),
                leftOut(read.kept()));
    }

    /**
     * What a read gave: the callback ({@code null} when rejected), the findings behind it, whether the reference
     * binders made it (which keep empty nodes, to be pruned), and the unknown nodes and key/value entries kept
     * apart from the model (the reference path's; the model builder hangs them on the model itself).
     */
    private record Read(CallbackEnvelope envelope, Findings findings, boolean needsPruning, KeptNodes kept) {
    }

    /** The values the body held that the model lacks: what neither format can carry, or over the budget. */
    private static ReadResult.LeftOut leftOut(KeptNodes kept) {
        return new ReadResult.LeftOut(kept.leftOutPaths().stream().map(DisplayText::escape).toList(),
                kept.leftOutCount());
    }

    private Read readXml(byte[] body, KeptNodes kept) {
        var findings = new Findings(mode, limits);
        var builder = new ModelBuilder();
        xmlValidation.get().read(body, findings, builder, kept);
        return new Read(findings.hasErrors() ? null : builder.result(), findings, false, kept);
    }

    private Read readJson(byte[] body, KeptNodes kept) {
        var findings = new Findings(mode, limits);
        var builder = new ModelBuilder();
        boolean read = jsonValidation.get().read(body, findings, kept, builder);
        return new Read(read ? builder.result() : null, findings, false, kept);
    }

    /**
     * The reference path, for the differential test only: the validators of record judge the body, and the
     * reference binders (JAXB; Jackson databind and the mapper) bind what they pass.
     */
    private Read readReference(byte[] body, WireFormat format, KeptNodes kept) {
        var findings = new Findings(mode, limits);
        if (format == WireFormat.XML) {
            var handler = Bindings.newUnmarshaller().getUnmarshallerHandler();
            xmlValidation.get().validate(body, findings, handler, kept);
            return new Read(result(handler, findings), findings, true, kept);
        }
        var documented = jsonValidation.get().validate(body, findings, kept);
        if (documented == null) {
            return new Read(null, findings, true, kept);
        }
        try (var tokens = documented.tokens().asParser()) {
            CallbackEnvelopeJson wire = Bindings.pojoReader().readValue(tokens);
            return new Read(JsonToModelMapper.INSTANCE.toModel(wire), findings, true, kept);
        } catch (IOException e) {
            // The binder was given only the documented form the reader wrote, from what it found valid.
            throw new IllegalStateException("the JSON binder cannot bind a callback the reader found valid", e);
        }
    }

    /** @return what the handler bound, or {@code null} when the findings hold an error */
    private static CallbackEnvelope result(UnmarshallerHandler handler, Findings findings) {
        if (findings.hasErrors()) {
            return null;
        }
        try {
            return (CallbackEnvelope) handler.getResult();
        } catch (jakarta.xml.bind.JAXBException e) {
            // The binder was given only what the reader found valid.
            throw new IllegalStateException("JAXB cannot bind a callback the reader found valid", e);
        }
    }


    private byte[] readBody(InputStream body) throws CallbackRejectedException {
        if (body == null) {
            return EMPTY;
        }
        try {
            return Bodies.readAll(body, limits.maxBodyBytes());
        } catch (BodyTooLargeException e) {
            throw Findings.bodyTooLarge(mode, limits);
        } catch (IOException | RuntimeException e) {
            // The stream is the caller's, but what it does is still the body's story: one kind of failure.
            var findings = new Findings(mode, limits);
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), "cannot read the body: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), null);
            throw new CallbackRejectedException(findings.list());
        }
    }

    /** A value built on first use, once, thread-safely. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> factory;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            var result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = factory.get();
                        value = result;
                    }
                }
            }
            return result;
        }
    }

    /** Configures a {@link CallbackReader}. */
    public static final class Builder {
        private ValidationMode mode = ValidationMode.LENIENT;
        private InputLimits limits = InputLimits.defaults();
        private boolean referencePath;

        private Builder() {
        }

        /**
         * @param value {@link ValidationMode#LENIENT} (the default) or {@link ValidationMode#STRICT}
         * @return this builder
         */
        public Builder mode(ValidationMode value) {
            this.mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /**
         * @param value the bounds on untrusted input (default {@link InputLimits#defaults()})
         * @return this builder
         */
        public Builder limits(InputLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** The differential test's reference: every body is judged by the XSD validator or everit. */
        Builder referencePath() {
            this.referencePath = true;
            return this;
        }

        /** @return the reader; build once and share */
        public CallbackReader build() {
            return new CallbackReader(this);
        }
    }
}
