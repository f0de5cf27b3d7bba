package io.cicallback.spring;

import io.cicallback.internal.http.ProblemBodies;
import io.cicallback.validate.CallbackRejection;
import java.lang.System.Logger.Level;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a rejected callback with 400 and an RFC 9457 problem body (Spring's {@link ProblemDetail}) listing the
 * findings, never a 500, and logs one line per rejection.
 */
@RestControllerAdvice
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
}
