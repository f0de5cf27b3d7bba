package io.cicallback.internal.bind;

import io.cicallback.model.Job;
import io.cicallback.model.ModelObject;
import io.cicallback.model.WorkflowExecution;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's root element {@code <Response>} as JAXB binds it: the wire form of both events, which only the
 * reader and the writer see (users get a {@code TaskFinishCallback} or a {@code WorkflowFinishCallback}). Its
 * children are the model's generated classes; {@code callback.xjb} points xjc here instead of generating it
 * into the model's package, so that it stays out of the exported API. Its JSON twin is generated as usual.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = {"rawEventName", "jobs", "workflowExecution"})
@XmlRootElement(name = "Response")
public class CallbackEnvelope extends ModelObject implements Serializable {

    private static final long serialVersionUID = 1L;

    @XmlElement(name = "EventName", required = true)
    private String rawEventName;
    @XmlElement(name = "JobsDetail")
    private List<Job> jobs;
    @XmlElement(name = "WorkflowExecution")
    private WorkflowExecution workflowExecution;

    /** @return the event's name as sent */
    public String getRawEventName() {
        return rawEventName;
    }

    /** @param value the event's name as sent */
    public void setRawEventName(String value) {
        rawEventName = value;
    }

    /** @return this, with the event's name */
    public CallbackEnvelope withRawEventName(String value) {
        rawEventName = value;
        return this;
    }

    /** @return the jobs of a TaskFinish event, a live list (empty for a workflow run) */
    public List<Job> getJobs() {
        if (jobs == null) {
            jobs = new ArrayList<>();
        }
        return jobs;
    }

    /** @param value the jobs, or {@code null} for none */
    public void setJobs(List<Job> value) {
        jobs = value;
    }

    /** @return the workflow run of a WorkflowFinish event, or {@code null} */
    public WorkflowExecution getWorkflowExecution() {
        return workflowExecution;
    }

    /** @param value the workflow run */
    public void setWorkflowExecution(WorkflowExecution value) {
        workflowExecution = value;
    }
}
