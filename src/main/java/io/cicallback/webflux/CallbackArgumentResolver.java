package io.cicallback.webflux;

import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Binds {@code TaskFinishCallback} and {@code ReadResult} parameters written without {@code @RequestBody}
 * (WebFlux would otherwise bind them as form attributes), as {@link CallbackMessageReader} binds annotated ones.
 */
final class CallbackArgumentResolver implements HandlerMethodArgumentResolver {

    private final ReactiveCallbackBodies bodies;

    CallbackArgumentResolver(ReactiveCallbackBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ReactiveCallbackBodies.reads(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
        return bodies.read(exchange.getRequest(), parameter.getParameterType());
    }
}
