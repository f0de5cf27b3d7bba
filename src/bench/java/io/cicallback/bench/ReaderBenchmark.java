package io.cicallback.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.qcloud.cos.internal.Unmarshallers;
import io.cicallback.internal.bind.Bindings;
import io.cicallback.internal.parse.SafeXml;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.ValidationMode;
import io.cicallback.internal.wire.json.TaskFinishCallbackJson;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
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

    private byte[] xml;
    private byte[] json;
    private byte[] largeXml;
    private byte[] largeJson;
    private byte[] xmlWithUnknownNode;
    private byte[] jsonWithUnknownNode;
    private byte[] jsonWithQuirks;
    private CallbackReader strict;
    private CallbackReader lenient;
    private ObjectMapper plainJackson;
    private JsonFactory plainJsonFactory;
    private Unmarshaller pooledUnmarshaller;
    private XMLReader pooledSaxReader;

    @Setup
    public void setUp() {
        xml = BenchInputs.xml();
        json = BenchInputs.json();
        largeXml = BenchInputs.largeXml();
        largeJson = BenchInputs.largeJson();
        xmlWithUnknownNode = BenchInputs.xmlWithUnknownNode();
        jsonWithUnknownNode = BenchInputs.jsonWithUnknownNode();
        jsonWithQuirks = BenchInputs.jsonWithQuirks();
        strict = CallbackReader.builder().mode(ValidationMode.STRICT).build();
        lenient = CallbackReader.create();
        plainJackson = new ObjectMapper();
        plainJsonFactory = new JsonFactory();
        try {
            pooledUnmarshaller = Bindings.jaxbContext().createUnmarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
        pooledSaxReader = SafeXml.newReader();
        pooledSaxReader.setContentHandler(new DefaultHandler());
    }

    @Benchmark
    public ReadResult readXmlStrict() throws Exception {
        return strict.read(xml, "application/xml");
    }

    @Benchmark
    @Threads(2)
    public ReadResult readXmlStrictTwoThreads() throws Exception {
        return strict.read(xml, "application/xml");
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
    public ReadResult readJsonLenientQuirks() throws Exception {
        return lenient.read(jsonWithQuirks, "application/json");
    }

    @Benchmark
    public ReadResult readXmlStrictLarge() throws Exception {
        return strict.read(largeXml, "application/xml");
    }

    @Benchmark
    public ReadResult readJsonStrictLarge() throws Exception {
        return strict.read(largeJson, "application/json");
    }

    /** The floor for XML: a hardened SAX parse that binds nothing, with a new parser per call. */
    @Benchmark
    public DefaultHandler saxScanOnly() throws Exception {
        var handler = new DefaultHandler();
        var reader = SafeXml.newReader();
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
    public Object jaxbUnmarshalPooled() throws Exception {
        return pooledUnmarshaller.unmarshal(new ByteArrayInputStream(xml));
    }

    /** Plain Jackson into the generated JSON POJOs: no validation, no findings, no mapping. */
    @Benchmark
    public TaskFinishCallbackJson jacksonDatabindOnly() throws Exception {
        return plainJackson.readValue(json, TaskFinishCallbackJson.class);
    }

    /** The floor for JSON: Jackson's tokens, each read once, nothing bound. */
    @Benchmark
    public int jacksonStreamingScan() throws Exception {
        int tokens = 0;
        try (var parser = plainJsonFactory.createParser(json)) {
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
