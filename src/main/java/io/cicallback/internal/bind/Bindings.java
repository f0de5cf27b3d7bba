package io.cicallback.internal.bind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cicallback.internal.bind.CallbackEnvelope;
import io.cicallback.internal.wire.json.CallbackEnvelopeJson;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import org.glassfish.jaxb.runtime.v2.runtime.unmarshaller.SAXConnector;
import org.glassfish.jaxb.runtime.v2.runtime.unmarshaller.UnmarshallerImpl;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The binding machinery, built once and shared: the JAXB context of the model; jackson-jr, which binds read
 * JSON callbacks to their wire POJOs; and Jackson databind's mapper, which writes them (and, as the
 * differential test's reference, binds them too). Each is costly to build and thread-safe once built. The
 * readers' are built on their own thread as soon as {@link #prepareXml()} or {@link #prepareJson()} asks, so
 * that they overlap the rest of a first read's set-up on a second core, and an application that reads one
 * format never builds the other's.
 */
public final class Bindings {

    /** Building the context takes ~150 ms of a first XML read. */
    private static final class Xml {
        static final CompletableFuture<JAXBContext> CONTEXT = inBackground("ci-callback-jaxb-context",
                Bindings::createContext);
    }

    /**
     * jackson-jr: ready in a fraction of the time databind's mapper and the POJOs' deserializers take on a
     * first JSON read; the POJOs bind the same either way (the differential test compares the two). Tencent's
     * names differ from the POJOs' bean properties only in the case of their first letter ({@code EventName},
     * {@code eventName}), and the reader hands over documented names only, so properties are matched without
     * regard to case. (jackson-jr's annotation module would read the POJOs' {@code @JsonProperty} names
     * instead, but it is not published at every version Jackson's BOM names, so a Spring Boot build could not
     * resolve it.)
     */
    private static final class Json {
        static final CompletableFuture<JSON> BINDER = inBackground("ci-callback-json-binder", () -> {
            var binder = JSON.builder()
                    .enable(JSON.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                    .enable(JSON.Feature.FAIL_ON_UNKNOWN_BEAN_PROPERTY)
                    .build();
            try { // resolves the POJOs' properties now, off the reading thread
                binder.beanFrom(CallbackEnvelopeJson.class, "{}");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return binder;
        });
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

    /** Starts building the JSON binder in the background, if it has not started yet. */
    public static void prepareJson() {
        Objects.requireNonNull(Json.BINDER);
    }

    /**
     * @param tokens a JSON callback in its documented form
     * @return its wire POJOs, bound by jackson-jr
     * @throws IOException when the tokens do not fit the POJOs
     */
    public static CallbackEnvelopeJson bindJson(JsonParser tokens) throws IOException {
        return Json.BINDER.join().beanFrom(CallbackEnvelopeJson.class, new BindingNames(tokens));
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

    /**
     * @return a new handler that binds a SAX stream whose names are interned already, as the JDK parser's are:
     *         JAXB's public handler interns every name again (a tenth of a read). Falls back to that handler
     *         under another JAXB implementation.
     */
    public static UnmarshallerHandler newHandlerForInternedNames() {
        var unmarshaller = newUnmarshaller();
        if (unmarshaller instanceof UnmarshallerImpl impl) {
            return new SAXConnector(impl.createUnmarshallerHandler(null, false, null), null);
        }
        return unmarshaller.getUnmarshallerHandler();
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
