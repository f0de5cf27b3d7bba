package io.cicallback.internal.bind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.internal.wire.json.TaskFinishCallbackJson;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.util.concurrent.CompletableFuture;

/**
 * The binding machinery, built once and shared: the JAXB context of the model (costly to build, thread-safe
 * once built) and the Jackson mapper of the JSON wire POJOs.
 */
public final class Bindings {

    /**
     * Building the context takes ~150 ms of a first read; it starts on its own thread as soon as this class is
     * touched (a reader's constructor does), so it overlaps compiling the XSD on a second core.
     */
    private static final CompletableFuture<JAXBContext> CONTEXT = CompletableFuture.supplyAsync(
            Bindings::createContext, task -> {
                var thread = new Thread(task, "ci-callback-jaxb-context");
                thread.setDaemon(true);
                thread.start();
            });

    /** Jackson is only loaded once JSON is read or written: XML-only use never pays for it. */
    private static final class Json {
        static final ObjectMapper POJO_MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        static final ObjectReader POJO_READER = POJO_MAPPER.readerFor(TaskFinishCallbackJson.class);
    }

    private Bindings() {
    }

    /** @return the shared JAXB context of the model */
    public static JAXBContext jaxbContext() {
        return CONTEXT.join();
    }

    /** Starts building the shared context in the background, if it has not started yet. */
    public static void prepare() {
        // Touching the class is enough: its initialiser starts the build.
    }

    /** @return the shared reader that binds a JSON callback to its wire POJOs, deserializers resolved once */
    public static ObjectReader pojoReader() {
        return Json.POJO_READER;
    }

    /** @return the shared mapper that binds and writes the JSON wire POJOs */
    public static ObjectMapper pojoMapper() {
        return Json.POJO_MAPPER;
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
            var context = JAXBContext.newInstance(TaskFinishCallback.class);
            context.createUnmarshaller().getUnmarshallerHandler(); // loads the unmarshalling classes off the request path
            return context;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot build the JAXB context of the model", e);
        }
    }
}
