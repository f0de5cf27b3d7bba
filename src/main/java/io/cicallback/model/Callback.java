package io.cicallback.model;

/**
 * A callback, as the reader gives it: a {@link TaskFinishCallback} (jobs have ended) or a {@link
 * WorkflowFinishCallback} (a workflow run has ended). These two generated classes are the only
 * implementations; tell them apart with {@code instanceof}, or switch on {@link #getEventName()}.
 *
 * <pre>{@code
 * Callback callback = reader.read(body, contentType).callback();
 * if (callback instanceof TaskFinishCallback jobs) {
 *     jobs.getJobs().forEach(this::jobEnded);
 * } else if (callback instanceof WorkflowFinishCallback run) {
 *     runEnded(run.getWorkflowExecution());
 * }
 * }</pre>
 *
 * <p>(Not a sealed interface: its implementations are generated, and a generated class cannot be declared
 * {@code final}.)
 */
public interface Callback {

    /** @return the event name, as sent (generated); {@code null} in an older form that sent none */
    String getRawEventName();

    /** @param value the event name, as sent (generated) */
    void setRawEventName(String value);

    /**
     * @return the event: {@link EventName#TASK_FINISH} for a {@link TaskFinishCallback}, {@link
     *         EventName#WORKFLOW_FINISH} for a {@link WorkflowFinishCallback}, whatever the body said (a body
     *         that sent no name is read by its content, with a warning)
     */
    default EventName getEventName() {
        return this instanceof WorkflowFinishCallback ? EventName.WORKFLOW_FINISH : EventName.TASK_FINISH;
    }

    /**
     * What to deduplicate deliveries of this callback on: Tencent may deliver one more than once. For a
     * TaskFinish callback, its jobs' {@link JobConveniences#deduplicationKey() keys} joined by commas (one job
     * in practice; no key holds a comma of its own); for a WorkflowFinish callback, {@link
     * WorkflowExecutionConveniences#deduplicationKey() the run's}. Two different callbacks never share a key.
     *
     * @return e.g. {@code TaskFinish/j40644e92f8e311ecb90d0b03267ce0e5/Success} or {@code
     *         WorkflowFinish/i166ee19.../Success}
     */
    default String deduplicationKey() {
        var event = getEventName().text();
        if (this instanceof TaskFinishCallback jobs) {
            return jobs.getJobs().isEmpty() ? io.cicallback.internal.map.DeduplicationKeys.ofContent(event, jobs)
                    : String.join(",", jobs.getJobs().stream().map(JobConveniences::deduplicationKey).toList());
        }
        var callback = (WorkflowFinishCallback) this;
        var run = callback.getWorkflowExecution();
        return run == null ? io.cicallback.internal.map.DeduplicationKeys.ofContent(event, callback) : run.deduplicationKey();
    }
}
