package io.cicallback.internal.validate;

import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.validate.Location;
import io.cicallback.internal.parse.SafeXml;
import io.cicallback.internal.schema.CallbackSchemas;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Locale;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import io.cicallback.internal.bind.WalkOutput;
import javax.xml.XMLConstants;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XML validation behind {@link io.cicallback.validate.XmlCallbackValidator} and the reader: validates XML
 * callbacks against {@code callback.xsd}, reporting every violation with its line, column and node path.
 *
 * <p>One pass: the hardened SAX parser feeds {@link XmlNodeFilter}, which feeds the JDK's XSD validator,
 * which can feed a downstream handler (the JAXB binder), so that reading a callback parses its bytes once.
 * The reader uses {@link #read}, where the filter judges what is left of the structure itself and feeds the
 * binder directly; {@link #validate}, with the XSD validator, the judge of record, serves the validators,
 * the writer and the differential test. The compiled schema is shared, and compiled only when first needed; everything
 * per document is created per call. Thread-safe.
 */
public final class XmlValidation {

    private final CallbackSchemas schemas;
    private final InputLimits limits;
    private final CompiledTree tree;
    /**
     * Parsers and validator handlers cost ~20 µs to create and are reusable one document at a time, so
     * idle ones wait here; the pool grows to the number of threads reading at once, and belongs to this
     * validator (no thread-locals to leak in application servers). Last in, first out: a thread that reads
     * again soon takes back the parser it just used, still in its core's cache, where a queue would hand it
     * the one another thread used last.
     */
    private final Deque<Parsers> idle = new ConcurrentLinkedDeque<>();

    /**
     * A parser keeps, for its whole life, every name it has met (element and attribute names, prefixes,
     * namespace URIs, processing-instruction targets) and buffers as large as the largest value it has read.
     * So a parser goes back to the pool only while what it may have kept is small: it has read no body over
     * this size, and no more than {@link #RETIRE_AFTER_NAMES} undocumented names over its life. A new parser
     * costs far less than reading such a body.
     */
    static final int POOLED_BODY_BYTES = 64 * 1024;
    static final int RETIRE_AFTER_NAMES = 4096;

    /** A parser, and the validator handler it feeds when a body is validated (created on first need). */
    private final class Parsers {
        final XMLReader reader = SafeXml.newReader(limits);
        /** Undocumented names met over the parser's life (a name met in several bodies counts each time). */
        long namesMet;
        private ValidatorHandler validatorHandler;

        ValidatorHandler validatorHandler() {
            if (validatorHandler == null) {
                validatorHandler = newValidatorHandler();
            }
            return validatorHandler;
        }
    }

    /** @param limits the bounds to enforce (the size bound applies where the body is read) */
    public XmlValidation(InputLimits limits) {
        this.schemas = CallbackSchemas.get();
        this.limits = limits;
        this.tree = new CompiledTree(schemas.xmlTree(), schemas.xmlTargets());
        idle.offerFirst(new Parsers()); // loads the parser classes now, not on the first request
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
     * its unknown nodes before its documented nodes, empty ones left out.
     *
     * @param envelope the model's root object
     * @param out      where the nodes go
     */
    public void walkModel(Object envelope, WalkOutput out) {
        new ModelWalk(out, true).walk(tree, envelope);
    }

    /**
     * Compiles the XSD now, for a validator that will use it on every body.
     *
     * @return this
     */
    public XmlValidation compileSchema() {
        schemas.xsd();
        return this;
    }

    /**
     * Validates with the XSD validator and passes every validated event on to {@code downstream} in the same
     * pass. Unknown nodes and attributes never reach it.
     *
     * @param body       the XML body
     * @param findings   where findings go; its mode grades them
     * @param downstream receives the validated document, e.g. a JAXB {@code UnmarshallerHandler}
     */
    public void validate(byte[] body, Findings findings, ContentHandler downstream) {
        validate(body, findings, downstream, null);
    }

    /**
     * As {@link #validate(byte[], Findings, ContentHandler)}, keeping the unknown nodes.
     *
     * @param kept where unknown nodes are kept, or {@code null} to skip them
     */
    public void validate(byte[] body, Findings findings, ContentHandler downstream, KeptNodes kept) {
        parse(body, findings, downstream, null, kept);
    }

    /**
     * Reads without the XSD validator: {@link XmlNodeFilter} judges the structure, reporting what the validator
     * would, and passes the documented nodes to {@code output}.
     *
     * @param body     the XML body
     * @param findings where findings go; its mode grades them
     * @param output   receives the documented nodes, e.g. a {@code ModelBuilder}
     * @param kept     where unknown nodes are kept when {@code output} does not take them, or {@code null} to
     *                 skip them
     */
    public void read(byte[] body, Findings findings, WalkOutput output, KeptNodes kept) {
        parse(body, findings, null, output, kept);
    }

    /** With a {@code downstream} handler, through the XSD validator; else straight to {@code output}. */
    private void parse(byte[] body, Findings findings, ContentHandler downstream, WalkOutput output,
                          KeptNodes kept) {
        boolean withValidator = output == null;
        if (body.length == 0) {
            findings.add(FindingKind.NOT_WELL_FORMED, "", Location.nowhere(), "the body is empty", null);
            return;
        }
        var parsers = idle.pollFirst();
        if (parsers == null) {
            parsers = new Parsers();
        }
        var validatorHandler = withValidator ? parsers.validatorHandler() : null;
        var filter = withValidator
                ? new XmlNodeFilter(tree, validatorHandler, new SaxOutput(validatorHandler), findings, limits, kept)
                : new XmlNodeFilter(tree, null, output, findings, limits, kept);
        if (withValidator) {
            validatorHandler.setContentHandler(downstream);
            validatorHandler.setErrorHandler(new SchemaErrors(filter, findings));
        }
        var reader = parsers.reader;
        reader.setContentHandler(filter);
        reader.setErrorHandler(FATAL_ONLY);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (XmlNodeFilter.Stop | Findings.TooManyFindings stopped) {
            // Already recorded.
        } catch (SAXParseException e) {
            parseError(e, body, filter, findings);
        } catch (CharConversionException e) {
            findings.add(FindingKind.NOT_WELL_FORMED, filter.currentPath(), filter.location(),
                    "the body is not correctly encoded (invalid UTF-8?): " + e.getMessage(), null);
        } catch (IOException e) {
            // Reading bytes in memory, the parser only fails on their encoding.
            findings.add(FindingKind.NOT_WELL_FORMED, filter.currentPath(), filter.location(),
                    "cannot read the body: " + e.getMessage(), null);
        } catch (SaxOutput.Failure e) {
            downstreamFailed(e.getCause(), filter, findings);
        } catch (SAXException e) {
            downstreamFailed(e, filter, findings);
        } finally {
            // Drop references to this document before the parsers wait for the next one.
            if (withValidator) {
                validatorHandler.setContentHandler(null);
                validatorHandler.setErrorHandler(null);
            }
            reader.setContentHandler(IDLE);
            parsers.namesMet += filter.names().count();
            if (body.length <= POOLED_BODY_BYTES && parsers.namesMet <= RETIRE_AFTER_NAMES) {
                idle.offerFirst(parsers);
            }
        }
    }

    private static void downstreamFailed(SAXException e, XmlNodeFilter filter, Findings findings) {
        if (e.getCause() instanceof RuntimeException || e.getCause() instanceof Error) {
            // A handler downstream (the binder) failed: not a finding about the body.
            throw new IllegalStateException("the XML binder failed", e.getCause());
        }
        findings.add(FindingKind.NOT_WELL_FORMED, filter.currentPath(), filter.location(),
                "cannot read the body: " + e.getMessage(), null);
    }

    /** The parser's own complaints, the limits it enforces among them, said in the library's words. */
    private void parseError(SAXParseException e, byte[] body, XmlNodeFilter filter, Findings findings) {
        var message = e.getMessage() == null ? "not well-formed" : e.getMessage();
        var kind = FindingKind.NOT_WELL_FORMED;
        var text = message;
        if (message.contains("DOCTYPE")) {
            kind = FindingKind.FORBIDDEN_CONSTRUCT;
            text = "a DOCTYPE is not allowed: callbacks never carry one, and entities are refused";
        } else if (message.startsWith(SafeXml.ATTRIBUTE_LIMIT_ERROR)) {
            kind = FindingKind.LIMIT_EXCEEDED;
            text = "an element has more than " + limits.maxAttributes()
                    + " attributes (namespace declarations count as attributes)";
        } else if (message.startsWith(SafeXml.NAME_LENGTH_ERROR)) {
            kind = FindingKind.LIMIT_EXCEEDED;
            text = "a name is longer than the limit of " + limits.maxNameLength() + " characters";
        } else if (endsAt(body, e.getLineNumber(), e.getColumnNumber())) {
            var open = filter.currentPath();
            text = "the body ends early" + (open.isEmpty() ? "" : ", inside " + open)
                    + ": it was cut off, or its end tags are missing (the parser: " + message + ")";
        }
        findings.add(kind, filter.currentPath(), Location.xml(e.getLineNumber(), e.getColumnNumber()), text, null);
    }

    /**
     * @return whether nothing but the start of a tag or of text follows a parser's position in a UTF-8 body (no
     *         {@code >} is left): the body ended before the document did, where the parser stopped or in the tag
     *         it was reading
     */
    static boolean endsAt(byte[] body, int line, int column) {
        int at = 0;
        for (int lines = 1; lines < line && at < body.length; at++) {
            if (body[at] == '\n' || body[at] == '\r' && (at + 1 == body.length || body[at + 1] != '\n')) {
                lines++;
            }
        }
        for (int chars = 1; chars < column && at < body.length; chars++) { // a character is a lead byte and its tail
            at++;
            while (at < body.length && (body[at] & 0xC0) == 0x80) {
                at++;
            }
        }
        for (int i = at; i < body.length; i++) {
            if (body[i] == '>') {
                return false;
            }
        }
        return true;
    }

    private static final ErrorHandler FATAL_ONLY = new FatalOnly();
    private static final DefaultHandler IDLE = new DefaultHandler();

    private ValidatorHandler newValidatorHandler() {
        var handler = schemas.xsd().newValidatorHandler();
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK validator rejects the hardening properties", e);
        }
        return handler;
    }

    /** Parser errors are fatal: a body that is not well-formed cannot be read further. */
    private static final class FatalOnly implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** Turns the XSD validator's errors into findings on the filter's current node. */
    private static final class SchemaErrors implements ErrorHandler {
        private final XmlNodeFilter filter;
        private final Findings findings;

        SchemaErrors(XmlNodeFilter filter, Findings findings) {
            this.filter = filter;
            this.findings = findings;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }

        @Override
        public void error(SAXParseException e) {
            var message = e.getMessage() == null ? "" : e.getMessage();
            int colon = message.indexOf(": ");
            var code = colon > 0 ? message.substring(0, colon) : "";
            var detail = colon > 0 ? message.substring(colon + 2) : message;
            var path = filter.currentPath();
            var node = filter.currentNode();
            var location = Location.xml(e.getLineNumber(), e.getColumnNumber());
            switch (code.toLowerCase(Locale.ROOT)) {
                // The filter reports missing nodes by name; Xerces' follow-up to a value error adds nothing.
                case "cvc-complex-type.2.4.b" -> { }
                case "cvc-type.3.1.3", "cvc-datatype-valid.1.2.1", "cvc-datatype-valid.1.2.3", "cvc-pattern-valid",
                     "cvc-mininclusive-valid", "cvc-maxinclusive-valid", "cvc-minlength-valid" ->
                        filter.reportValueProblem(FindingKind.MALFORMED_VALUE, location);
                case "cvc-enumeration-valid" -> filter.reportValueProblem(FindingKind.UNKNOWN_VALUE, location);
                case "cvc-complex-type.2.3" ->
                        findings.add(FindingKind.STRUCTURE, path, location, ValueMessages.textInContainer(node), null);
                default -> findings.add(FindingKind.STRUCTURE, path, location, detail, null);
            }
        }
    }
}
