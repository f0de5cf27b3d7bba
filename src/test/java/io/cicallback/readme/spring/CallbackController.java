package io.cicallback.readme.spring;

import io.cicallback.model.Job;
import io.cicallback.model.TaskFinishCallback;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

// tag::spring-controller[]
@RestController
public class CallbackController {
    @PostMapping("/callbacks")
    public ResponseEntity<Void> receive(@RequestBody TaskFinishCallback callback) {  // XML or JSON, any Content-Type
        for (Job job : callback.getJobs()) {
            switch (job.getState()) {
                case SUCCESS -> job.outputObjects().forEach(o -> store(o.objectName(), o.md5()));
                case FAILED -> alert(job.getJobId(), job.getCode(), job.getMessage());
                default -> { }
            }
        }
        return ResponseEntity.noContent().build();
    }
// end::spring-controller[]

    /** What the controller did, for the test. */
    static final List<String> DONE = new CopyOnWriteArrayList<>();

    private void store(String objectName, String md5) {
        DONE.add("stored " + objectName);
    }

    private void alert(String jobId, String code, String message) {
        DONE.add("alert " + jobId);
    }
// tag::spring-controller[]
}
// end::spring-controller[]
