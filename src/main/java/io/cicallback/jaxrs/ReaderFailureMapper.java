package io.cicallback.jaxrs;

import io.cicallback.internal.http.ProblemBodies;
import io.cicallback.read.ReaderFailureException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.System.Logger.Level;

/**
 * Answers the reader's own failure (a missing class, a bug: never a finding about the body) with 500 and an
 * RFC 9457 problem body that names no internals, and logs the cause.
 */
public final class ReaderFailureMapper implements ExceptionMapper<ReaderFailureException> {

    private static final System.Logger LOG = System.getLogger(ReaderFailureMapper.class.getName());

    @Override
    public Response toResponse(ReaderFailureException failure) {
        LOG.log(Level.ERROR, "callback reader failure (not the body)", failure.getCause());
        return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
                .type(ProblemBodies.MEDIA_TYPE)
                .entity(ProblemBodies.failureJson())
                .build();
    }
}
