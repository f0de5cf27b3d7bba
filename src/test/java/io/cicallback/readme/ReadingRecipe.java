package io.cicallback.readme;

import io.cicallback.model.Job;
import io.cicallback.model.JobTag;
import io.cicallback.model.VideoTagResult;
import io.cicallback.model.WorkflowFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.DisplayText;
import io.cicallback.validate.InputLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The README's first recipe, as an endpoint's handler would hold it; what it did is recorded for the test. */
class ReadingRecipe {

    private static final Logger log = LoggerFactory.getLogger(ReadingRecipe.class);
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    final List<String> stored = new ArrayList<>();
    final List<String> alerts = new ArrayList<>();
    final List<String> tagged = new ArrayList<>();

    // tag::reading[]
    private final CallbackReader reader = CallbackReader.create();  // lenient; build once, share across threads

    int receive(byte[] requestBody, String contentType) {
        ReadResult result;
        try {
            result = reader.read(requestBody, contentType);          // bytes or an InputStream
        } catch (CallbackRejectedException e) {                      // checked: not a callback we can accept
            log.warn("callback rejected: {}", e.errors());
            return 400;
        }
        if (!handled.add(result.callback().deduplicationKey())) {   // Tencent may deliver a callback twice
            return 204;
        }
        if (result.callback() instanceof WorkflowFinishCallback run) {   // a workflow run ended
            var execution = run.getWorkflowExecution();               // body text: escape it before logging
            log.info("run {} {}", DisplayText.escape(execution.getRunId()), DisplayText.escape(execution.getState()));
            return 204;
        }
        for (Job job : result.jobs()) {                              // a TaskFinishCallback: jobs ended
            switch (job.getState()) {                               // JobState, generated from the schema; never null
                case SUCCESS -> job.outputObjects().forEach(o -> store(o.objectName(), o.md5()));
                case FAILED -> alert(job.getJobId(), job.getCode(), job.getMessage());
                default -> log.info("job {} is {}", DisplayText.escape(job.getJobId()),   // UNKNOWN: a new state,
                        DisplayText.escape(job.getRawState()));                           // or none sent (null)
            }
            var operation = job.getOperation();                      // each job type's own nodes, or null
            if (job.getTag() == JobTag.VIDEO_TAG && operation != null && operation.getVideoTagResult() != null) {
                tag(job.getJobId(), operation.getVideoTagResult());
            }
        }
        log.debug("read {}", result);                               // readable, body text escaped
        result.findings().forEach(warning -> log.warn("callback: {}", warning));  // unknown nodes, new values
        return 204;
    }
    // end::reading[]

    /** @return a reader with a smaller body limit, as the README shows */
    static CallbackReader limitedReader() {
        // tag::limits[]
        var limits = InputLimits.builder().maxBodyBytes(1 << 20).build();   // see the table for the others
        var reader = CallbackReader.builder().limits(limits).build();
        // end::limits[]
        return reader;
    }

    private void store(String objectName, String md5) {
        stored.add(objectName + " " + md5);
    }

    private void alert(String jobId, String code, String message) {
        alerts.add(jobId + " " + code + " " + message);
    }

    private void tag(String jobId, VideoTagResult result) {
        tagged.add(jobId);
    }
}
