package io.cicallback.model;

/** Conveniences of a {@link WorkflowExecution}, which implements this. */
public interface WorkflowExecutionConveniences {

    /** @return the run's identifier (generated) */
    String getRunId();

    /** @return how the run ended, as sent (generated) */
    String getState();

    /**
     * What to deduplicate deliveries on: a run's callback is the same event when its run id and state are.
     * Two different runs never share a key: the parts are percent-encoded as in {@link
     * JobConveniences#deduplicationKey()}, and an absent RunId or State (both are optional in the schema) is
     * {@code !} and the SHA-256 of the whole run, so only the same content shares it.
     *
     * @return {@code WorkflowFinish/RunId/State}, e.g. {@code WorkflowFinish/i166ee19017b011eda8a5525400c540df/Success}
     */
    default String deduplicationKey() {
        return io.cicallback.internal.map.DeduplicationKeys.of(EventName.WORKFLOW_FINISH.text(), getRunId(), getState(),
                (ModelObject) this);
    }

    /** @return whether the run succeeded (Tencent reports Failed when any of its tasks failed) */
    default boolean succeeded() {
        return "Success".equals(getState());
    }
}
