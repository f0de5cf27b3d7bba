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
 * rejected callbacks; it handles nothing else. A callback of an event not taken here ({@link
 * io.cicallback.validate.CallbackRejectedException#isUnhandledEvent()}) gets the status configured for it
 * ({@code ci-callback.unhandled-event-status}, 400 unless set; a 2xx acknowledges it with an empty body).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // ahead of an application's catch-all @ExceptionHandler(Exception.class)
public class CallbackProblemAdvice {

    private static final System.Logger LOG = System.getLogger(CallbackProblemAdvice.class.getName());

    private final HttpStatus unhandledEventStatus;

    /** Answers every rejection, an unhandled event's too, with 400. */
    public CallbackProblemAdvice() {
        this(new CallbackProperties());
    }

    /**
     * The constructor Spring uses, also when component scanning finds this class before the auto-configuration
     * declares it.
     *
     * @param properties the {@code ci-callback.*} properties: {@code unhandled-event-status} is the status for a
     *                   callback of an event not taken here (4xx with the problem body, or 2xx: acknowledged,
     *                   empty body)
     */
    @org.springframework.beans.factory.annotation.Autowired
    public CallbackProblemAdvice(CallbackProperties properties) {
        this.unhandledEventStatus = HttpStatus.valueOf(properties.getUnhandledEventStatus());
    }

    /**
     * @param exception the rejection
     * @return the problem response
     */
    @ExceptionHandler(CallbackRejection.class)
    public ResponseEntity<ProblemDetail> rejected(CallbackRejection exception) {
        var rejection = exception.rejection();
        var status = rejection.isUnhandledEvent() ? unhandledEventStatus : HttpStatus.BAD_REQUEST;
        if (status.is2xxSuccessful()) {
            LOG.log(Level.INFO, "callback of an event not handled here, acknowledged: {0}", ProblemBodies.detail(rejection));
            return ResponseEntity.status(status).build();
        }
        LOG.log(Level.WARNING, "callback rejected: {0} error(s); first: {1}", rejection.errors().size(),
                ProblemBodies.detail(rejection));
        var problem = ProblemDetail.forStatusAndDetail(status, ProblemBodies.detail(rejection));
        problem.setType(URI.create(ProblemBodies.TYPE));
        problem.setTitle(ProblemBodies.TITLE);
        problem.setProperty("findings", ProblemBodies.findings(rejection));
        return ResponseEntity.status(status).body(problem);
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
