package io.cicallback.spring;

import io.cicallback.internal.http.CallbackParameters;
import io.cicallback.internal.http.SecretRefused;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.CallbackSecrets;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.CallbackRejection;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds controller parameters of type {@link io.cicallback.model.Callback} (either event, or one event's class) or {@link ReadResult} (with or without
 * {@code @RequestBody}) through the library's reader, from the request's own input stream, whatever
 * Content-Type Tencent or curl send: Spring's message conversion would rebuild a form-encoded body (what
 * {@code curl -d} sends) from parsed parameters, mangling it. A rejected body is thrown as {@link
 * CallbackRejection}, which {@link CallbackProblemAdvice} answers with 400 and the findings; a request
 * without an accepted secret, when secrets are configured, is refused before its body is read (403).
 * {@link CallbackAutoConfiguration} puts it ahead of Spring's own resolvers.
 */
public final class CallbackArgumentResolver implements HandlerMethodArgumentResolver {

    private final CallbackReader reader;
    private final CallbackSecrets secrets;

    /** @param reader the reader to use; build once and share */
    public CallbackArgumentResolver(CallbackReader reader) {
        this(reader, CallbackSecrets.none());
    }

    /**
     * @param reader  the reader to use; build once and share
     * @param secrets the secrets a request must carry in its query string, checked before its body is read
     */
    public CallbackArgumentResolver(CallbackReader reader, CallbackSecrets secrets) {
        this.reader = reader;
        this.secrets = secrets;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        var type = parameter.getParameterType();
        return CallbackParameters.isCallbackType(type);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (request == null) {
            throw new IllegalStateException("callback parameters need a servlet request");
        }
        if (!secrets.acceptsQuery(request.getQueryString())) {
            throw new SecretRefused(request.getMethod(), request.getRequestURI(), secrets.parameter());
        }
        try {
            var result = reader.read(request.getInputStream(), request.getContentType());
            return CallbackParameters.argument(result, parameter.getParameterType());
        } catch (CallbackRejectedException e) {
            throw new CallbackRejection(e);
        }
    }
}
