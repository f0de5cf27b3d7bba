package io.cicallback.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.cicallback.bind.Bindings;
import io.cicallback.detect.WireFormat;
import io.cicallback.map.WireJsonMapper;
import io.cicallback.model.TaskFinishCallback;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a callback model as XML or as JSON, each in the form Tencent documents: the JSON has every leaf as
 * text (JobLevel, a number in Tencent's sample, as a number), arrays for repeatable nodes and no empty nodes.
 * Reading what was written gives an equal model. Thread-safe.
 */
public final class CallbackWriter {

    private static final ObjectWriter JSON = Bindings.pojoMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("    ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("    ", "\n")));

    private CallbackWriter() {
    }

    /**
     * @param callback the model
     * @param format   the form to write
     * @param out      where to write, UTF-8; not closed
     * @throws IOException when the stream fails
     */
    public static void write(TaskFinishCallback callback, WireFormat format, OutputStream out) throws IOException {
        if (format == WireFormat.XML) {
            try {
                Bindings.newMarshaller().marshal(callback, out);
            } catch (JAXBException e) {
                throw new IOException("cannot write the callback as XML: " + e.getMessage(), e);
            }
        } else {
            JSON.writeValue(out, WireJsonMapper.INSTANCE.toJson(callback));
            out.write('\n');
        }
    }

    /** @return the callback as an XML document */
    public static String toXml(TaskFinishCallback callback) {
        return write(callback, WireFormat.XML);
    }

    /** @return the callback as a JSON document */
    public static String toJson(TaskFinishCallback callback) {
        return write(callback, WireFormat.JSON);
    }

    private static String write(TaskFinishCallback callback, WireFormat format) {
        var out = new ByteArrayOutputStream();
        try {
            write(callback, format, out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model cannot be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
