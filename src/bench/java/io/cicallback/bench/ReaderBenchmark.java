package io.cicallback.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.qcloud.cos.internal.Unmarshallers;
import io.cicallback.internal.bind.Bindings;
import io.cicallback.internal.parse.SafeXml;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.ValidationMode;
import io.cicallback.internal.wire.json.CallbackEnvelopeJson;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The public reader against what a user could pick instead, on the doc's workflow sample. Method names are
 * fixed so results compare across versions. One reader of each mode is shared, as users are told to; the
 * anchors come cold (a new unmarshaller or parser per call, as a first-time user writes it) and pooled (reused,
 * as the reader reuses its own: the like-for-like comparison).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReaderBenchmark {

    // Set-up that only some benchmarks need lives in its own state, which JMH builds only for those: every
    // benchmark runs in fresh forks, and a fork should not spend seconds building what it never reads.

    private byte[] xml;
    private byte[] json;
    private byte[] xmlWithUnknownNode;
    private byte[] jsonWithUnknownNode;
    private CallbackReader strict;
    private CallbackReader lenient;
    private JsonFactory plainJsonFactory;
    private XMLReader pooledSaxReader;

    @Setup
    public void setUp() {
        xml = BenchInputs.xml();
        json = BenchInputs.json();
        xmlWithUnknownNode = BenchInputs.xmlWithUnknownNode();
        jsonWithUnknownNode = BenchInputs.jsonWithUnknownNode();
        strict = CallbackReader.builder().mode(ValidationMode.STRICT).build();
        lenient = CallbackReader.create();
        plainJsonFactory = new JsonFactory();
        pooledSaxReader = hardenedScanner();
    }

    /** The workflow sample grown to {@link BenchInputs#LARGE_COUNT} streams and outputs, in both formats. */
    @State(Scope.Benchmark)
    public static class Large {
        byte[] xml;
        byte[] json;

        @Setup
        public void setUp() {
            xml = BenchInputs.largeXml();
            json = BenchInputs.largeJson();
        }
    }

    /** The JSON sample with Tencent's quirks. */
    @State(Scope.Benchmark)
    public static class Quirks {
        byte[] json;

        @Setup
        public void setUp() {
            json = BenchInputs.jsonWithQuirks();
        }
    }

    /** One JAXB unmarshaller, reused. */
    @State(Scope.Benchmark)
    public static class PooledJaxb {
        Unmarshaller unmarshaller;

        @Setup
        public void setUp() throws JAXBException {
            unmarshaller = Bindings.jaxbContext().createUnmarshaller();
        }
    }

    /**
     * The XML parsers' scan alone, every event to a handler that counts: the JDK's (the reader's tokenizer) and two
     * StAX parsers' SAX readers, namespace-aware as the reader's is, one reader each, reused.
     */
    @State(Scope.Benchmark)
    public static class XmlScanners {
        org.xml.sax.XMLReader jdk;
        org.xml.sax.XMLReader aalto;
        org.xml.sax.XMLReader woodstox;
        final CountingHandler handler = new CountingHandler();

        @Setup
        public void setUp() throws Exception {
            jdk = scanner(javax.xml.parsers.SAXParserFactory.newDefaultInstance());
            aalto = scanner(new com.fasterxml.aalto.sax.SAXParserFactoryImpl());
            woodstox = scanner(new com.ctc.wstx.sax.WstxSAXParserFactory());
        }

        private org.xml.sax.XMLReader scanner(javax.xml.parsers.SAXParserFactory factory) throws Exception {
            factory.setNamespaceAware(true);
            var reader = factory.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            return reader;
        }
    }

    /** Counts elements and characters, so that no event is optimised away. */
    static final class CountingHandler extends org.xml.sax.helpers.DefaultHandler {
        int count;

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts) {
            count++;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            count += length;
        }
    }

    private int scan(org.xml.sax.XMLReader reader, XmlScanners scanners) throws Exception {
        reader.parse(new org.xml.sax.InputSource(new ByteArrayInputStream(xml)));
        return scanners.handler.count;
    }

    /** The JDK's SAX scan of the doc sample: the floor of the reader's XML path today. */
    @Benchmark
    public int scanXmlJdk(XmlScanners scanners) throws Exception {
        return scan(scanners.jdk, scanners);
    }

    @Benchmark
    public int scanXmlAalto(XmlScanners scanners) throws Exception {
        return scan(scanners.aalto, scanners);
    }

    @Benchmark
    public int scanXmlWoodstox(XmlScanners scanners) throws Exception {
        return scan(scanners.woodstox, scanners);
    }

    /** A plain Jackson mapper. */
    @State(Scope.Benchmark)
    public static class PlainJackson {
        ObjectMapper mapper;

        @Setup
        public void setUp() {
            mapper = new ObjectMapper();
        }
    }

    @Benchmark
    public ReadResult readXmlStrict() throws Exception {
        return strict.read(xml, "application/xml");
    }

    @Benchmark
    @Threads(2)
    public ReadResult readXmlStrictTwoThreads(SingleThreadWarmUp warmedUp) throws Exception {
        return strict.read(xml, "application/xml");
    }

    /**
     * Reads the doc sample on one thread for a while before the two-thread benchmark starts. With both cores
     * busy reading, the JIT compiler gets so little time that a fork could measure code still compiling (one
     * ran at 20,000 ops/s for its whole warm-up and 30,000 after); a service warms up under lighter load.
     */
    @State(Scope.Benchmark)
    public static class SingleThreadWarmUp {
        private static final long WARM_UP_NANOS = 8_000_000_000L;

        @Setup
        public void setUp() throws Exception {
            var reader = CallbackReader.builder().mode(ValidationMode.STRICT).build();
            var body = BenchInputs.xml();
            for (long start = System.nanoTime(); System.nanoTime() - start < WARM_UP_NANOS; ) {
                reader.read(body, "application/xml");
            }
        }
    }

    @Benchmark
    public ReadResult readXmlLenient() throws Exception {
        return lenient.read(xml, "application/xml");
    }

    /** The doc sample with one node Tencent might add, read leniently: the price of tolerance. */
    @Benchmark
    public ReadResult readXmlLenientUnknownNode() throws Exception {
        return lenient.read(xmlWithUnknownNode, "application/xml");
    }

    @Benchmark
    public ReadResult readJsonStrict() throws Exception {
        return strict.read(json, "application/json");
    }

    @Benchmark
    public ReadResult readJsonLenient() throws Exception {
        return lenient.read(json, "application/json");
    }

    /** The doc sample's JSON with one node Tencent might add, read leniently. */
    @Benchmark
    public ReadResult readJsonLenientUnknownNode() throws Exception {
        return lenient.read(jsonWithUnknownNode, "application/json");
    }

    /** The doc sample's JSON as Tencent really sends it: numbers as numbers, one-entry arrays collapsed. */
    @Benchmark
    public ReadResult readJsonLenientQuirks(Quirks quirks) throws Exception {
        return lenient.read(quirks.json, "application/json");
    }

    @Benchmark
    public ReadResult readXmlStrictLarge(Large large) throws Exception {
        return strict.read(large.xml, "application/xml");
    }

    @Benchmark
    public ReadResult readJsonStrictLarge(Large large) throws Exception {
        return strict.read(large.json, "application/json");
    }

    /** The floor for XML: a hardened SAX parse that binds nothing, with a new parser per call. */
    @Benchmark
    public DefaultHandler saxScanOnly() throws Exception {
        var handler = new DefaultHandler();
        var reader = SafeXml.newReader(io.cicallback.validate.InputLimits.defaults());
        reader.setContentHandler(handler);
        reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        return handler;
    }

    /** The same scan with one parser reused, as the reader reuses its parsers. */
    @Benchmark
    public XMLReader saxScanPooled() throws Exception {
        pooledSaxReader.parse(new InputSource(new ByteArrayInputStream(xml)));
        return pooledSaxReader;
    }

    /** A hardened SAX parser of each thread's own, for the scan on two threads. */
    @State(Scope.Thread)
    public static class ThreadSaxReader {
        XMLReader reader;

        @Setup
        public void setUp() {
            reader = hardenedScanner();
        }
    }

    /** @return the reader's own hardened SAX parser, with a handler that binds nothing */
    static XMLReader hardenedScanner() {
        var reader = SafeXml.newReader(io.cicallback.validate.InputLimits.defaults());
        reader.setContentHandler(new DefaultHandler());
        return reader;
    }

    /**
     * The pooled scan on both cores at once: how far this machine's two cores go for the JDK parser alone,
     * beside the reader's own two-thread row.
     */
    @Benchmark
    @Threads(2)
    public XMLReader saxScanPooledTwoThreads(ThreadSaxReader sax) throws Exception {
        sax.reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        return sax.reader;
    }

    /** Plain JAXB into the same model, a new unmarshaller per call: no validation, no findings. */
    @Benchmark
    public Object jaxbUnmarshalOnly() throws Exception {
        return Bindings.jaxbContext().createUnmarshaller().unmarshal(new ByteArrayInputStream(xml));
    }

    /**
     * Plain JAXB with one unmarshaller reused (it keeps its SAX parser too), as the reader reuses its binders:
     * the like-for-like anchor of the strict XML read.
     */
    @Benchmark
    public Object jaxbUnmarshalPooled(PooledJaxb jaxb) throws Exception {
        return jaxb.unmarshaller.unmarshal(new ByteArrayInputStream(xml));
    }

    /** Plain Jackson into the generated JSON POJOs: no validation, no findings, no mapping. */
    @Benchmark
    public CallbackEnvelopeJson jacksonDatabindOnly(PlainJackson jackson) throws Exception {
        return jackson.mapper.readValue(json, CallbackEnvelopeJson.class);
    }

    /**
     * Every example of every job type and of WorkflowFinish, each format apart. The JSON examples are taken in
     * their documented form (as the writer writes them: some are Tencent's own, with one-entry arrays sent as
     * objects), those plain databind can bind: all but one with a key/value node.
     */
    @State(Scope.Benchmark)
    public static class EveryExample {
        java.util.List<byte[]> xml;
        java.util.List<byte[]> json;

        @Setup
        public void setUp() throws Exception {
            xml = BenchInputs.everyExample("xml");
            var reader = CallbackReader.create();
            var documented = new java.util.ArrayList<byte[]>();
            var plain = new ObjectMapper();
            for (var body : BenchInputs.everyExample("json")) {
                var form = io.cicallback.write.CallbackWriter.toJson(reader.read(body, "application/json").callback())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                try {
                    plain.readValue(form, CallbackEnvelopeJson.class);
                    documented.add(form);
                } catch (java.io.IOException e) {
                    // A key/value node (a poster's Info) has no properties for plain databind to bind.
                }
            }
            json = documented;
        }
    }

    /** Every XML example read in turn: the model's whole breadth, as an endpoint of every job type sees it. */
    @Benchmark
    public int readXmlStrictEveryExample(EveryExample examples) throws Exception {
        int jobs = 0;
        for (var body : examples.xml) {
            jobs += strict.read(body, "application/xml").jobs().size();
        }
        return jobs;
    }

    @Benchmark
    public int jaxbUnmarshalPooledEveryExample(EveryExample examples, PooledJaxb jaxb) throws Exception {
        int hash = 0;
        for (var body : examples.xml) {
            hash += jaxb.unmarshaller.unmarshal(new ByteArrayInputStream(body)).hashCode();
        }
        return hash;
    }

    @Benchmark
    public int readJsonStrictEveryExample(EveryExample examples) throws Exception {
        int jobs = 0;
        for (var body : examples.json) {
            jobs += strict.read(body, "application/json").jobs().size();
        }
        return jobs;
    }

    @Benchmark
    public int jacksonDatabindOnlyEveryExample(EveryExample examples, PlainJackson jackson) throws Exception {
        int hash = 0;
        for (var body : examples.json) {
            hash += jackson.mapper.readValue(body, CallbackEnvelopeJson.class).hashCode();
        }
        return hash;
    }

    /** Tencent's Transcode sample: every settings node echoed, a full media probe. */
    @State(Scope.Benchmark)
    public static class Transcode {
        byte[] xml;
        byte[] json;

        @Setup
        public void setUp() {
            xml = BenchInputs.transcodeXml();
            json = BenchInputs.transcodeJson();
        }
    }

    @Benchmark
    public ReadResult readXmlStrictTranscode(Transcode transcode) throws Exception {
        return strict.read(transcode.xml, "application/xml");
    }

    @Benchmark
    public ReadResult readJsonStrictTranscode(Transcode transcode) throws Exception {
        return strict.read(transcode.json, "application/json");
    }

    /** The like-for-like XML anchor on the Transcode sample. */
    @Benchmark
    public Object jaxbUnmarshalPooledTranscode(PooledJaxb jaxb, Transcode transcode) throws Exception {
        return jaxb.unmarshaller.unmarshal(new ByteArrayInputStream(transcode.xml));
    }

    /** The JSON anchor on the Transcode sample. */
    @Benchmark
    public CallbackEnvelopeJson jacksonDatabindOnlyTranscode(PlainJackson jackson, Transcode transcode) throws Exception {
        return jackson.mapper.readValue(transcode.json, CallbackEnvelopeJson.class);
    }

    /** The floor for JSON: Jackson's tokens, each read once, nothing bound. */
    @Benchmark
    public int jacksonStreamingScan() throws Exception {
        return countTokens(plainJsonFactory, json);
    }

    /** @return how many tokens Jackson reads in the body: each read once, nothing bound */
    static int countTokens(JsonFactory factory, byte[] body) throws IOException {
        int tokens = 0;
        try (var parser = factory.createParser(body)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** Tencent's Java SDK, as its CICommonDemo parses a callback body: an Unmarshaller on the bytes. */
    @Benchmark
    public Object tencentSdkParse() throws Exception {
        return new Unmarshallers.JobUnmarshaller().unmarshall(new ByteArrayInputStream(xml));
    }
}
