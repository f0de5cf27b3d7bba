package io.cicallback.webflux;

import java.util.List;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.http.codec.HttpMessageReader;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Binds {@code @RequestBody TaskFinishCallback} and {@code ReadResult} parameters through the library's reader,
 * whatever the Content-Type (XML, JSON, text, form-encoded, none). Registered as a custom codec, it comes
 * before WebFlux's JSON and XML codecs, which would bind the model without validation and lose what its
 * property names do not match.
 */
final class CallbackMessageReader implements HttpMessageReader<Object> {

    private final ReactiveCallbackBodies bodies;

    CallbackMessageReader(ReactiveCallbackBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public List<MediaType> getReadableMediaTypes() {
        return List.of(MediaType.ALL);
    }

    @Override
    public boolean canRead(ResolvableType elementType, MediaType mediaType) {
        return ReactiveCallbackBodies.reads(elementType.toClass());
    }

    @Override
    public Flux<Object> read(ResolvableType elementType, ReactiveHttpInputMessage message, Map<String, Object> hints) {
        return readMono(elementType, message, hints).flux();
    }

    @Override
    public Mono<Object> readMono(ResolvableType elementType, ReactiveHttpInputMessage message, Map<String, Object> hints) {
        return bodies.read(message, elementType.toClass());
    }
}
