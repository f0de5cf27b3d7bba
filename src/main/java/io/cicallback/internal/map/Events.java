package io.cicallback.internal.map;

import io.cicallback.internal.validate.Findings;
import io.cicallback.model.Callback;
import io.cicallback.internal.bind.CallbackEnvelope;
import io.cicallback.model.EventName;
import io.cicallback.model.ModelObject;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.model.WorkflowExecution;
import io.cicallback.model.WorkflowFinishCallback;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.Location;

/**
 * Between the wire's one envelope ({@code <Response>}, which the schemas describe for both events) and the
 * model's two callbacks: which event an envelope carries, and the envelope a callback is written as. The
 * callbacks share the envelope's nodes (no copy of the jobs or the run).
 */
public final class Events {

    private Events() {
    }

    /**
     * @param envelope a bound and pruned envelope that carried exactly one of JobsDetail and WorkflowExecution
     *                 (the readers check it): a job is never empty (its JobId is required), so an envelope
     *                 without jobs carried a run, perhaps one left empty by pruning
     * @return the callback it carries, decided by its content; {@link #contradiction} says whether its event
     *         name agrees
     */
    public static Callback open(CallbackEnvelope envelope) {
        Callback callback;
        if (envelope.getJobs().isEmpty()) {
            var run = envelope.getWorkflowExecution();
            callback = new WorkflowFinishCallback().withRawEventName(envelope.getRawEventName())
                    .withWorkflowExecution(run != null ? run : new WorkflowExecution());
        } else {
            var jobs = new TaskFinishCallback().withRawEventName(envelope.getRawEventName());
            jobs.setJobs(envelope.getJobs());
            callback = jobs;
        }
        copyUnknownNodes(envelope, (ModelObject) callback);
        return callback;
    }

    /** The root's unknown nodes belong to whichever object stands for the root. */
    private static void copyUnknownNodes(ModelObject from, ModelObject to) {
        if (from.hasUnknownNodes()) {
            to.unknownNodes().addAll(from.unknownNodes());
        }
    }

    /**
     * Records, as {@link FindingKind#NOT_A_CALLBACK}, an event name that contradicts the envelope's content: the
     * one judgement of a callback that no schema can state, shared by the reader and the writer.
     *
     * @param envelope a bound and pruned envelope, as {@link #open} takes it
     */
    public static void checkEventName(CallbackEnvelope envelope, Findings findings) {
        var contradiction = contradiction(envelope);
        if (contradiction != null) {
            findings.add(FindingKind.NOT_A_CALLBACK, "Response.EventName", Location.nowhere(), contradiction,
                    envelope.getRawEventName());
        }
    }

    /**
     * @return why the envelope's event name contradicts its content (a TaskFinish carrying a workflow run, or
     *         the reverse), or {@code null} when it does not: an absent or undocumented name contradicts nothing
     */
    private static String contradiction(CallbackEnvelope envelope) {
        var event = EventName.of(envelope.getRawEventName());
        boolean jobs = !envelope.getJobs().isEmpty();
        if (event == EventName.TASK_FINISH && !jobs) {
            return "the event is TaskFinish, but the body carries a WorkflowExecution instead of JobsDetail";
        }
        if (event == EventName.WORKFLOW_FINISH && jobs) {
            return "the event is WorkflowFinish, but the body carries JobsDetail instead of a WorkflowExecution";
        }
        return null;
    }

    /**
     * @param callback a callback of the model
     * @return the envelope it is written as
     */
    public static CallbackEnvelope wrap(Callback callback) {
        var envelope = new CallbackEnvelope().withRawEventName(callback.getRawEventName());
        if (callback instanceof WorkflowFinishCallback run) {
            envelope.setWorkflowExecution(run.getWorkflowExecution());
        } else {
            envelope.setJobs(((TaskFinishCallback) callback).getJobs());
        }
        copyUnknownNodes((ModelObject) callback, envelope);
        return envelope;
    }
}
