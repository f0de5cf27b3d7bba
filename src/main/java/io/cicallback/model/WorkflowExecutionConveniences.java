package io.cicallback.model;

/** Conveniences of a {@link WorkflowExecution}, which implements this. */
public interface WorkflowExecutionConveniences {

    /** @return the run's identifier (generated) */
    String getRunId();

    /** @return how the run ended, as sent (generated) */
    String getState();

    /**
     * What to deduplicate deliveries on: a run's callback is the same event when its run id and state are.
     *
     * @return {@code RunId/State} as sent, e.g. {@code i166ee19017b011eda8a5525400c540df/Success}
     */
    default String deduplicationKey() {
        return getRunId() + "/" + getState();
    }

    /** @return whether the run succeeded (Tencent reports Failed when any of its tasks failed) */
    default boolean succeeded() {
        return "Success".equals(getState());
    }
}
