package io.cicallback.webflux;

import io.cicallback.internal.http.SecretRefused;
import io.cicallback.internal.validate.Findings;
import io.cicallback.internal.http.CallbackParameters;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.CallbackSecrets;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.CallbackRejection;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads a callback from a reactive request: the secret is checked before anything of the body is taken; the
 * body is gathered without blocking, up to the reader's size limit, and read on a worker thread, never on the
 * event loop (a 4 MiB body takes milliseconds of CPU). A rejection is a {@link CallbackRejection}, a request
 * without an accepted secret a {@link SecretRefused}.
 */
final class ReactiveCallbackBodies {

    private final CallbackReader reader;
    private final CallbackSecrets secrets;

    ReactiveCallbackBodies(CallbackReader reader, CallbackSecrets secrets) {
        this.reader = reader;
        this.secrets = secrets;
    }

    /** @return whether a parameter or body of this type is a callback this class reads */
    static boolean reads(Class<?> type) {
        return CallbackParameters.isCallbackType(type);
    }

    /**
     * @param message the request
     * @param type    a callback type or {@link ReadResult} ({@link CallbackParameters#isCallbackType})
     * @return the callback, or the read's result
     */
    Mono<Object> read(ReactiveHttpInputMessage message, Class<?> type) {
        if (message instanceof ServerHttpRequest request && !secrets.acceptsQuery(request.getURI().getRawQuery())) {
            return Mono.error(new SecretRefused(request.getMethod().name(), request.getURI().getRawPath(),
                    secrets.parameter()));
        }
        var contentType = message.getHeaders().getContentType();
        var limits = reader.limits();
        return DataBufferUtils.join(message.getBody(), limits.maxBodyBytes())
                .map(buffer -> {
                    try {
                        var bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty(new byte[0])
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> {
                    try {
                        var result = reader.read(bytes, contentType == null ? null : contentType.toString());
                        return CallbackParameters.argument(result, type);
                    } catch (CallbackRejectedException e) {
                        throw new CallbackRejection(e);
                    }
                })
                .onErrorMap(DataBufferLimitException.class,
                        e -> new CallbackRejection(Findings.bodyTooLarge(reader.mode(), limits)));
    }
}
