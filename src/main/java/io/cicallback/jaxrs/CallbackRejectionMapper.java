package io.cicallback.jaxrs;

import io.cicallback.validate.CallbackRejection;
import io.cicallback.internal.http.ProblemBodies;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.System.Logger.Level;

/**
 * Answers a rejected callback with 400 and an RFC 9457 {@code application/problem+json} body listing the
 * findings (node path, location, message), never a 500, and logs one line per rejection.
 */
public final class CallbackRejectionMapper implements ExceptionMapper<CallbackRejection> {

    private static final System.Logger LOG = System.getLogger(CallbackRejectionMapper.class.getName());

    @Override
    public Response toResponse(CallbackRejection exception) {
        var rejection = exception.rejection();
        LOG.log(Level.WARNING, "callback rejected: {0} error(s); first: {1}", rejection.errors().size(),
                ProblemBodies.detail(rejection));
        return Response.status(Response.Status.BAD_REQUEST)
                .type(ProblemBodies.MEDIA_TYPE)
                .entity(ProblemBodies.json(rejection))
                .build();
    }
}
