/**
 * The callback model users program against. The classes are generated from {@code task-finish.xsd} at build
 * time, each node's description becoming its Javadoc; {@link io.cicallback.model.TaskFinishCallback} is the
 * root. Hand-written here: {@link io.cicallback.model.ModelObject}, which every class extends for a readable
 * {@code toString()}, and the conveniences interfaces {@link io.cicallback.model.JobConveniences} and {@link
 * io.cicallback.model.CallbackConveniences}. The enums {@code EventName}, {@code JobState} and {@code JobTag}
 * are generated from the XSD's enumerations.
 */
package io.cicallback.model;
