package io.cicallback.spring;

import io.cicallback.internal.http.ProblemBodies;
import io.cicallback.internal.http.SecretRefused;
import io.cicallback.read.ReaderFailureException;
import io.cicallback.validate.CallbackRejection;
import java.lang.System.Logger.Level;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a rejected callback with 400 and an RFC 9457 problem body (Spring's {@link ProblemDetail}) listing the
 * findings, never a 500, and logs one line per rejection; answers the reader's own failure ({@link
 * ReaderFailureException}, never a finding about the body) with 500, logging its cause. It is consulted before
 * the application's own advice, so a catch-all {@code @ExceptionHandler(Exception.class)} does not answer
 * rejected callbacks; it handles nothing else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // ahead of an application's catch-all @ExceptionHandler(Exception.class)
public class CallbackProblemAdvice {

    private static final System.Logger LOG = System.getLogger(CallbackProblemAdvice.class.getName());

    /**
     * @param exception the rejection
     * @return the problem response
     */
    @ExceptionHandler(CallbackRejection.class)
    public ResponseEntity<ProblemDetail> rejected(CallbackRejection exception) {
        var rejection = exception.rejection();
        LOG.log(Level.WARNING, "callback rejected: {0} error(s); first: {1}", rejection.errors().size(),
                ProblemBodies.detail(rejection));
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ProblemBodies.detail(rejection));
        problem.setType(URI.create(ProblemBodies.TYPE));
        problem.setTitle(ProblemBodies.TITLE);
        problem.setProperty("findings", ProblemBodies.findings(rejection));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * @param refused a request without an accepted callback secret, whose body was not read
     * @return a 403 problem response
     */
    @ExceptionHandler(SecretRefused.class)
    public ResponseEntity<ProblemDetail> refused(SecretRefused refused) {
        LOG.log(Level.WARNING, refused.getMessage());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ProblemBodies.SECRET_DETAIL);
        problem.setType(URI.create(ProblemBodies.SECRET_TYPE));
        problem.setTitle(ProblemBodies.SECRET_TITLE);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /**
     * @param failure the reader's own failure, which says nothing about the body
     * @return a 500 problem response; the cause goes to the log, not to the caller
     */
    @ExceptionHandler(ReaderFailureException.class)
    public ResponseEntity<ProblemDetail> failed(ReaderFailureException failure) {
        LOG.log(Level.ERROR, "callback reader failure (not the body)", failure.getCause());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, ProblemBodies.FAILURE_DETAIL);
        problem.setType(URI.create(ProblemBodies.FAILURE_TYPE));
        problem.setTitle(ProblemBodies.FAILURE_TITLE);
        return ResponseEntity.internalServerError().body(problem);
    }
}
