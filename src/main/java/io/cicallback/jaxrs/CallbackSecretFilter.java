package io.cicallback.jaxrs;

import io.cicallback.internal.http.ProblemBodies;
import io.cicallback.internal.http.SecretRefused;
import io.cicallback.internal.http.CallbackParameters;
import io.cicallback.read.CallbackSecrets;
import io.cicallback.read.ReadResult;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Refuses (403, with a problem body) a request to a resource method that takes a callback when it carries no
 * accepted secret in its query string, before its body is read; logs the refusal without the query string.
 * {@link CallbackFeature} binds it to exactly those methods.
 */
final class CallbackSecretFilter implements ContainerRequestFilter {

    private static final System.Logger LOG = System.getLogger(CallbackSecretFilter.class.getName());

    private final CallbackSecrets secrets;

    CallbackSecretFilter(CallbackSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var uri = request.getUriInfo().getRequestUri();
        if (!secrets.acceptsQuery(uri.getRawQuery())) {
            LOG.log(Level.WARNING, new SecretRefused(request.getMethod(), uri.getRawPath(), secrets.parameter()).getMessage());
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(ProblemBodies.MEDIA_TYPE)
                    .entity(ProblemBodies.secretJson()).build());
        }
    }

    /** Binds the filter to the resource methods that take a callback or a {@link ReadResult}. */
    static final class Binding implements DynamicFeature {
        private final CallbackSecretFilter filter;

        Binding(CallbackSecrets secrets) {
            this.filter = new CallbackSecretFilter(secrets);
        }

        @Override
        public void configure(ResourceInfo resource, FeatureContext context) {
            var method = resource.getResourceMethod();
            if (method != null && List.of(method.getParameterTypes()).stream()
                    .anyMatch(CallbackParameters::isCallbackType)) {
                context.register(filter, Priorities.AUTHENTICATION);
            }
        }
    }
}
