package io.cicallback.read;

import io.cicallback.value.WireFormat;
import io.cicallback.model.Callback;
import io.cicallback.validate.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * An accepted callback: the model, the format it arrived in, the warnings found on the way, and the body as
 * received (for logging or for re-reading after an upgrade).
 */
public final class ReadResult {

    private final Callback callback;
    private final WireFormat format;
    private final List<Finding> findings;
    private final byte[] rawBody;
    private final LeftOut leftOut;

    /**
     * The values of the body that the model lacks.
     *
     * @param paths their paths, as many as are listed
     * @param count how many there are, listed or not
     */
    record LeftOut(List<String> paths, int count) {
        LeftOut {
            paths = List.copyOf(paths);
        }
    }

    ReadResult(Callback callback, WireFormat format, List<Finding> findings, byte[] rawBody, LeftOut leftOut) {
        this.callback = callback;
        this.format = format;
        this.findings = List.copyOf(findings);
        this.rawBody = rawBody;
        this.leftOut = leftOut;
    }

    /**
     * @return the callback: a {@link io.cicallback.model.TaskFinishCallback} or a {@link
     *         io.cicallback.model.WorkflowFinishCallback}
     */
    public Callback callback() {
        return callback;
    }

    /**
     * @param type the event the caller handles, {@code TaskFinishCallback.class} or {@code
     *             WorkflowFinishCallback.class}
     * @param <T>  that type
     * @return the callback, if it is of that type
     */
    public <T extends Callback> java.util.Optional<T> callback(Class<T> type) {
        return type.isInstance(callback) ? java.util.Optional.of(type.cast(callback)) : java.util.Optional.empty();
    }

    /**
     * @return the jobs of a TaskFinish callback; empty for a WorkflowFinish callback
     */
    public java.util.List<io.cicallback.model.Job> jobs() {
        return callback instanceof io.cicallback.model.TaskFinishCallback jobs ? jobs.getJobs() : List.of();
    }

    /** @return the format the body was read as */
    public WireFormat format() {
        return format;
    }

    /** @return the findings; all are warnings (an error would have rejected the body) */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The text that was set aside at a node, as received: a malformed value (absent from the model), an unknown
     * node, or an unknown enumerated value. Untrusted: escape it with {@link
     * io.cicallback.validate.DisplayText#escape} before printing it.
     *
     * @param path a node path, e.g. {@code Response.JobsDetail[0].Operation.MediaInfo.Format.Duration}
     * @return the raw text found there, if a warning recorded one
     */
    public Optional<String> rawTextAt(String path) {
        return findings.stream().filter(f -> f.path().equals(path) && f.rawText() != null)
                .map(Finding::rawText).findFirst();
    }

    /**
     * Whether the model holds every value the body held. A lenient read keeps unknown nodes and the text of
     * values set aside as malformed ({@link io.cicallback.model.ModelObject#unknownNodes()}), and unknown
     * enumerated values, so only what neither format can carry makes a read incomplete (an attribute, an element
     * in a namespace, a JSON key that is no XML name, text beside elements, a JSON object, array or boolean where
     * the schema has text), or what passes the budget of kept nodes ({@link
     * io.cicallback.validate.InputLimits#maxRepeatedNodes()}).
     *
     * @return {@code true} when writing the model loses nothing the body held
     */
    public boolean isComplete() {
        return leftOut.count() == 0;
    }

    /**
     * @return the paths of the values the model lacks (see {@link #isComplete()}), at most as many as the limits
     *         list warnings; their raw text is in the findings
     */
    public List<String> leftOut() {
        return leftOut.paths();
    }

    /** @return how many values the model lacks, listed in {@link #leftOut()} or not */
    public int leftOutCount() {
        return leftOut.count();
    }

    /** @return whether anything was set aside or kept as raw text */
    public boolean hasWarnings() {
        return !findings.isEmpty();
    }

    /** @return a copy of the body exactly as received */
    public byte[] rawBody() {
        return rawBody.clone();
    }

    /** @return e.g. {@code ReadResult{format=XML, warnings=1, callback=TaskFinishCallback{...}}}, escaped for logs */
    @Override
    public String toString() {
        return "ReadResult{format=" + format + ", warnings=" + findings.size() + ", callback=" + callback + "}";
    }

    /** @return the body as received, decoded as UTF-8 */
    public String rawText() {
        return new String(rawBody, StandardCharsets.UTF_8);
    }
}
