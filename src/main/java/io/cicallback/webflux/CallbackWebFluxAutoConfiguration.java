package io.cicallback.webflux;

import io.cicallback.read.CallbackReader;
import io.cicallback.read.CallbackSecrets;
import io.cicallback.spring.CallbackAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.WebFilter;

/**
 * Spring Boot auto-configuration for reactive web applications: callback parameters ({@code @RequestBody
 * TaskFinishCallback}, {@code ReadResult}, with or without the annotation) are read by the reader and
 * secrets {@link CallbackAutoConfiguration} configures, with the same 400, 403 and 500 problem answers as on
 * the servlet stack.
 */
@AutoConfiguration(after = CallbackAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.web.reactive.DispatcherHandler")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class CallbackWebFluxAutoConfiguration {

    /**
     * @param reader  the configured reader
     * @param secrets the configured secrets
     * @return the configurer that registers the callback codec ahead of WebFlux's JSON and XML ones, and the
     *         resolver of unannotated callback parameters
     */
    @Bean
    public WebFluxConfigurer callbackWebFluxConfigurer(CallbackReader reader, CallbackSecrets secrets) {
        var bodies = new ReactiveCallbackBodies(reader, secrets);
        return new WebFluxConfigurer() {
            @Override
            public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
                configurer.customCodecs().register(new CallbackMessageReader(bodies));
            }

            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(new CallbackArgumentResolver(bodies));
            }
        };
    }

    /**
     * @param mappings the application's request mappings, to tell which requests go to callback parameters
     * @return the filter that lets a form-encoded callback (what {@code curl -d} sends) reach the reader
     */
    @Bean
    public WebFilter callbackFormEncodedFilter(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        return new FormEncodedCallbackFilter(mappings);
    }
}
