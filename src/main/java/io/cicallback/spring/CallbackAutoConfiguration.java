package io.cicallback.spring;

import io.cicallback.read.CallbackReader;
import io.cicallback.read.CallbackSecrets;
import java.util.ArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Spring Boot auto-configuration: a shared {@link CallbackReader} from {@link CallbackProperties} (warmed up at
 * start-up unless {@code ci-callback.warm-up=false}), the {@link CallbackSecrets} requests must carry, and the
 * advice that answers rejections with 400, refused requests with 403 and the reader's failures with 500, in
 * any web application; on the servlet stack, the argument resolver that binds {@code @RequestBody
 * TaskFinishCallback} and {@code ReadResult} parameters (the reactive stack's is in {@code
 * io.cicallback.webflux}). Every bean can be replaced by one of the application's.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnClass(name = "org.springframework.http.ProblemDetail")
@EnableConfigurationProperties(CallbackProperties.class)
public class CallbackAutoConfiguration {

    /**
     * @param properties the {@code ci-callback.*} settings
     * @return the reader controllers' callbacks are read with
     */
    @Bean
    @ConditionalOnMissingBean
    public CallbackReader callbackReader(CallbackProperties properties) {
        var reader = CallbackReader.builder().mode(properties.getMode()).limits(properties.limits()).build();
        return properties.isWarmUp() ? reader.warmUp() : reader;
    }

    /**
     * @param properties the {@code ci-callback.*} settings
     * @return the secrets callback requests must carry ({@code ci-callback.secrets}); without any, every
     *         callback is read, and that is logged once at start-up
     */
    @Bean
    @ConditionalOnMissingBean
    public CallbackSecrets callbackSecrets(CallbackProperties properties) {
        var secrets = properties.callbackSecrets();
        if (!secrets.required()) {
            LOG.log(System.Logger.Level.WARNING, "ci-callback: no callback secret is configured, so callbacks are"
                    + " read from whoever posts them; set ci-callback.secrets and add ?"
                    + secrets.parameter() + "=<secret> to the callback URL you give Tencent");
        }
        return secrets;
    }

    private static final System.Logger LOG = System.getLogger(CallbackAutoConfiguration.class.getName());

    /** Spring MVC: the argument resolver, ahead of Spring's own. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Servlet {

        /**
         * Puts the callback argument resolver ahead of Spring MVC's own, so that it, not message conversion,
         * binds {@code @RequestBody TaskFinishCallback} and {@code ReadResult} parameters.
         *
         * @param reader  the reader, looked up when the handler adapter is ready
         * @param secrets the secrets requests must carry
         * @return the post-processor
         */
        @Bean
        static BeanPostProcessor callbackArgumentResolverInstaller(ObjectProvider<CallbackReader> reader,
                                                                   ObjectProvider<CallbackSecrets> secrets) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                        var resolvers = new ArrayList<HandlerMethodArgumentResolver>();
                        resolvers.add(new CallbackArgumentResolver(reader.getObject(), secrets.getObject()));
                        resolvers.addAll(adapter.getArgumentResolvers());
                        adapter.setArgumentResolvers(resolvers);
                    }
                    return bean;
                }
            };
        }
    }

    /**
     * @param properties the {@code ci-callback.*} properties (the status for an unhandled event)
     * @return the handler of rejected callbacks, refused requests and the reader's failures
     */
    @Bean
    @ConditionalOnMissingBean
    public CallbackProblemAdvice callbackProblemAdvice(CallbackProperties properties) {
        return new CallbackProblemAdvice(properties);
    }
}
