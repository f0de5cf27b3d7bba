package io.cicallback.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RFC 9457 problem body every HTTP integration answers a rejected callback with, so that Spring, Jakarta
 * REST and anything else say the same: {@code type}, {@code title}, {@code status} 400, {@code detail} (the
 * first error) and {@code findings}, each with its severity, kind, node path, location and message (escaped
 * already; the raw text of the body is left out).
 */
public final class ProblemBodies {

    /** The media type of the body. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** A URI naming this kind of problem. */
    public static final String TYPE = "https://github.com/cicallback/ci-callback#callback-rejected";
    /** The problem's title. */
    public static final String TITLE = "Callback rejected";
    /** A URI naming a request without an accepted callback secret, answered 403. */
    public static final String SECRET_TYPE = "https://github.com/cicallback/ci-callback#callback-secret-missing";
    /** Its title. */
    public static final String SECRET_TITLE = "Callback secret missing";
    /** Its detail: which parameter, never which secret. */
    public static final String SECRET_DETAIL = "the request does not carry an accepted callback secret; its body was"
            + " not read";
    /** A URI naming the reader's own failure, answered 500. */
    public static final String FAILURE_TYPE = "https://github.com/cicallback/ci-callback#reader-failure";
    /** The failure's title. */
    public static final String FAILURE_TITLE = "Callback reader failure";
    /** The failure's detail: what failed is for the server's log, not for whoever posted the body. */
    public static final String FAILURE_DETAIL = "the callback could not be read because of a failure on this side,"
            + " not because of the body; see the server's log";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemBodies() {
    }

    /**
     * @param rejection why the body was rejected
     * @return the problem as JSON text
     */
    public static String json(CallbackRejectedException rejection) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", TYPE);
        problem.put("title", TITLE);
        problem.put("status", 400);
        problem.put("detail", detail(rejection));
        problem.put("findings", findings(rejection));
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem body", e);
        }
    }

    /** @return the problem body answering the reader's own failure, status 500 */
    public static String failureJson() {
        return simple(FAILURE_TYPE, FAILURE_TITLE, 500, FAILURE_DETAIL);
    }

    /** @return the problem body answering a request without an accepted secret, status 403 */
    public static String secretJson() {
        return simple(SECRET_TYPE, SECRET_TITLE, 403, SECRET_DETAIL);
    }

    private static String simple(String type, String title, int status, String detail) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem body", e);
        }
    }

    /**
     * @param rejection why the body was rejected
     * @return the {@code findings} member: per finding its severity, kind, node path, pointer or line and
     *         column, and message
     */
    public static List<Map<String, Object>> findings(CallbackRejectedException rejection) {
        var out = new ArrayList<Map<String, Object>>();
        for (var finding : rejection.findings()) {
            var node = new LinkedHashMap<String, Object>();
            node.put("severity", finding.severity().word());
            node.put("kind", finding.kind().name());
            node.put("path", finding.path());
            if (finding.location().jsonPointer() != null) {
                node.put("pointer", finding.location().jsonPointer());
            } else if (finding.location().line() > 0) {
                node.put("line", finding.location().line());
                node.put("column", finding.location().column());
            }
            node.put("message", finding.message());
            out.add(node);
        }
        return out;
    }

    /** @return the first error, as the problem's detail */
    public static String detail(CallbackRejectedException rejection) {
        return rejection.errors().stream().findFirst().map(Finding::toString).orElse("the callback was rejected");
    }
}
