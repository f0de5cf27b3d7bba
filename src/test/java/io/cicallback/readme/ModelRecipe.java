package io.cicallback.readme;

import io.cicallback.model.Job;
import io.cicallback.model.JobState;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.write.CallbackWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The README's model snippet. */
final class ModelRecipe {

    private static final Logger log = LoggerFactory.getLogger(ModelRecipe.class);

    private ModelRecipe() {
    }

    /** @return the callback the snippet builds, written as XML; {@code body1} and {@code body2} must read equal */
    static String build(CallbackReader reader, byte[] body1, byte[] body2) throws CallbackRejectedException {
        // tag::model[]
        TaskFinishCallback callback = new TaskFinishCallback()              // fluent withX(...) on every class
                .withRawEventName("TaskFinish")
                .withJobs(new Job().withJobId("j1").withRawState("Success").withRawTag("VoiceSeparate"));
        callback.getJobs().get(0).setState(JobState.FAILED);                // typed setter, writes the raw text
        assert reader.read(body1, null).callback().equals(reader.read(body2, null).callback());  // equals/hashCode
        log.info("{}", callback);  // TaskFinishCallback{rawEventName=TaskFinish, jobs=[Job{jobId=j1, ...}]}
        String xml = CallbackWriter.toXml(callback);                        // refuses what a reader would reject
        // end::model[]
        return xml;
    }
}
