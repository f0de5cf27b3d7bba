/**
 * The callback model users program against. The classes are generated from {@code callback.xsd} (and the
 * files it includes, one per job type) at build time, each node's description becoming its Javadoc. A read
 * gives a {@link io.cicallback.model.Callback}: a {@link io.cicallback.model.TaskFinishCallback} or a {@link
 * io.cicallback.model.WorkflowFinishCallback}. (Their wire form, the root {@code <Response>}, is
 * internal.) Hand-written here: {@link io.cicallback.model.ModelObject}, which every class extends
 * for a readable {@code toString()}, {@link io.cicallback.model.Callback}, and the conveniences interfaces
 * {@link io.cicallback.model.JobConveniences} and {@link io.cicallback.model.WorkflowExecutionConveniences}.
 * The enums {@code EventName}, {@code JobState} and {@code JobTag} are generated from the XSD's enumerations.
 */
package io.cicallback.model;
