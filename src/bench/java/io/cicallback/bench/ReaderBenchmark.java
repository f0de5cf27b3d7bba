package io.cicallback.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.qcloud.cos.internal.Unmarshallers;
import io.cicallback.internal.bind.Bindings;
import io.cicallback.internal.parse.SafeXml;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.ValidationMode;
import io.cicallback.internal.wire.json.TaskFinishCallbackJson;
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
import org.xml.sax.helpers.DefaultHandler;

/**
 * The public reader against what a user could pick instead, on the doc's workflow sample. Method names are
 * fixed so results compare across versions. One reader of each mode is shared, as users are told to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReaderBenchmark {

    private byte[] xml;
    private byte[] json;
    private byte[] largeXml;
    private byte[] largeJson;
    private CallbackReader strict;
    private CallbackReader lenient;
    private ObjectMapper plainJackson;

    @Setup
    public void setUp() {
        xml = BenchInputs.xml();
        json = BenchInputs.json();
        largeXml = BenchInputs.largeXml();
        largeJson = BenchInputs.largeJson();
        strict = CallbackReader.builder().mode(ValidationMode.STRICT).build();
        lenient = CallbackReader.create();
        plainJackson = new ObjectMapper();
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

    @Benchmark
    public ReadResult readJsonStrict() throws Exception {
        return strict.read(json, "application/json");
    }

    @Benchmark
    public ReadResult readJsonLenient() throws Exception {
        return lenient.read(json, "application/json");
    }

    @Benchmark
    public ReadResult readXmlStrictLarge() throws Exception {
        return strict.read(largeXml, "application/xml");
    }

    @Benchmark
    public ReadResult readJsonStrictLarge() throws Exception {
        return strict.read(largeJson, "application/json");
    }

    /** The floor for XML: a hardened SAX parse that binds nothing. */
    @Benchmark
    public DefaultHandler saxScanOnly() throws Exception {
        var handler = new DefaultHandler();
        var reader = SafeXml.newReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        return handler;
    }

    /** Plain JAXB into the same model: no validation, no findings. */
    @Benchmark
    public Object jaxbUnmarshalOnly() throws Exception {
        return Bindings.jaxbContext().createUnmarshaller().unmarshal(new ByteArrayInputStream(xml));
    }

    /** Plain Jackson into the generated JSON POJOs: no validation, no findings, no mapping. */
    @Benchmark
    public TaskFinishCallbackJson jacksonDatabindOnly() throws Exception {
        return plainJackson.readValue(json, TaskFinishCallbackJson.class);
    }

    /** Tencent's Java SDK, as its CICommonDemo parses a callback body: an Unmarshaller on the bytes. */
    @Benchmark
    public Object tencentSdkParse() throws Exception {
        return new Unmarshallers.JobUnmarshaller().unmarshall(new ByteArrayInputStream(xml));
    }
}
