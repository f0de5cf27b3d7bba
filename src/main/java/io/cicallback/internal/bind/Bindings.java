package io.cicallback.internal.bind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cicallback.internal.wire.json.CallbackEnvelopeJson;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The JAXB and Jackson databind machinery, built once and shared: the JAXB context of the model, which the
 * writer marshals with, and databind's mapper of the JSON wire POJOs, which writes them. Both also bind, as
 * the reference binders of the differential test; the reader binds with neither ({@link ModelBuilder}). Each
 * is costly to build and thread-safe once built; the JAXB context is built on its own thread as soon as
 * {@link #prepareXml()} asks, to overlap the rest of a first write's set-up on a second core.
 */
public final class Bindings {

    /** Building the context takes ~150 ms of a first XML read. */
    private static final class Xml {
        static final CompletableFuture<JAXBContext> CONTEXT = inBackground("ci-callback-jaxb-context",
                Bindings::createContext);
    }

    private static final class DatabindReader {
        static final ObjectReader POJO_READER = JsonMapperHolder.POJO_MAPPER.readerFor(CallbackEnvelopeJson.class);
    }

    private static final class JsonMapperHolder {
        static final ObjectMapper POJO_MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // A key/value node's JSON class has no properties: its entries are written from the model.
                .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    private Bindings() {
    }

    private static <T> CompletableFuture<T> inBackground(String name, java.util.function.Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, run -> {
            var thread = new Thread(run, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** @return the shared JAXB context of the model */
    public static JAXBContext jaxbContext() {
        return Xml.CONTEXT.join();
    }

    /** Starts building the JAXB context in the background, if it has not started yet. */
    public static void prepareXml() {
        Objects.requireNonNull(Xml.CONTEXT); // touching the holder starts the build
    }

    /** @return databind's reader of the wire POJOs: the reference binder, deserializers resolved once */
    public static ObjectReader pojoReader() {
        return DatabindReader.POJO_READER;
    }

    /** @return the shared mapper that binds and writes the JSON wire POJOs */
    public static ObjectMapper pojoMapper() {
        return JsonMapperHolder.POJO_MAPPER;
    }

    /**
     * @return a new unmarshaller, one per document; validation is done upstream, so conversion problems are
     *         left to the validators' findings rather than reported twice
     */
    public static Unmarshaller newUnmarshaller() {
        try {
            var unmarshaller = jaxbContext().createUnmarshaller();
            unmarshaller.setEventHandler(event -> true);
            return unmarshaller;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create a JAXB unmarshaller", e);
        }
    }

    /** @return a new marshaller writing indented UTF-8, one per document */
    public static Marshaller newMarshaller() {
        try {
            var marshaller = jaxbContext().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            return marshaller;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create a JAXB marshaller", e);
        }
    }

    private static JAXBContext createContext() {
        try {
            var context = JAXBContext.newInstance(CallbackEnvelope.class);
            context.createUnmarshaller().getUnmarshallerHandler(); // loads the unmarshalling classes off the request path
            return context;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot build the JAXB context of the model", e);
        }
    }
}
