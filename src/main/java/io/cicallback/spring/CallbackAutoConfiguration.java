package io.cicallback.spring;

import io.cicallback.read.CallbackReader;
import java.util.ArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Spring Boot auto-configuration: a shared {@link CallbackReader} from {@link CallbackProperties} (warmed up at
 * start-up unless {@code ci-callback.warm-up=false}), the argument resolver that binds {@code @RequestBody
 * TaskFinishCallback} and {@code ReadResult} parameters, and the advice that answers rejections with 400 and
 * a problem body. Active in servlet web applications; every bean can be replaced by one of the application's.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
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
     * Puts the callback argument resolver ahead of Spring MVC's own, so that it, not message conversion, binds
     * {@code @RequestBody TaskFinishCallback} and {@code ReadResult} parameters.
     *
     * @param reader the reader, looked up when the handler adapter is ready
     * @return the post-processor
     */
    @Bean
    public static BeanPostProcessor callbackArgumentResolverInstaller(ObjectProvider<CallbackReader> reader) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    var resolvers = new ArrayList<HandlerMethodArgumentResolver>();
                    resolvers.add(new CallbackArgumentResolver(reader.getObject()));
                    resolvers.addAll(adapter.getArgumentResolvers());
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }

    /** @return the handler of rejected callbacks */
    @Bean
    @ConditionalOnMissingBean
    public CallbackProblemAdvice callbackProblemAdvice() {
        return new CallbackProblemAdvice();
    }
}
