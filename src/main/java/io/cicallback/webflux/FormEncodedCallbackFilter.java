package io.cicallback.webflux;

import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * WebFlux answers 415 to any {@code @RequestBody} parameter when the body is labelled form-encoded, which is
 * what {@code curl -d} sends (and what a proxy may relabel a callback to). For requests to handler methods that
 * take a callback, this filter relabels such a body {@code application/octet-stream}, so that it reaches the
 * reader, which tells XML from JSON by content, as on the servlet stack. Other requests are left alone.
 */
final class FormEncodedCallbackFilter implements WebFilter {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    FormEncodedCallbackFilter(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var type = exchange.getRequest().getHeaders().getContentType();
        var mapping = mappings.getIfUnique();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type) || mapping == null) {
            return chain.filter(exchange);
        }
        return mapping.getHandler(exchange)
                .filter(handler -> handler instanceof HandlerMethod method && takesCallback(method))
                .map(handler -> exchange.mutate().request(request -> request.headers(
                        headers -> headers.setContentType(MediaType.APPLICATION_OCTET_STREAM))).build())
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }

    private static boolean takesCallback(HandlerMethod method) {
        return Arrays.stream(method.getMethod().getParameterTypes()).anyMatch(ReactiveCallbackBodies::reads);
    }
}
