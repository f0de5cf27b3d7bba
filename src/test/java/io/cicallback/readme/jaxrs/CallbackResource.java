package io.cicallback.readme.jaxrs;

import io.cicallback.model.Job;
import io.cicallback.model.TaskFinishCallback;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

// tag::jaxrs-resource[]
@Path("/callbacks")
public class CallbackResource {
    @POST
    public Response receive(TaskFinishCallback callback) {       // XML or JSON, any Content-Type
        for (Job job : callback.getJobs()) {
            if (job.succeeded()) {
                job.outputObjects().forEach(o -> store(o.objectName(), o.md5()));
            }
        }
        return Response.noContent().build();
    }
// end::jaxrs-resource[]

    /** What the resource stored, for the test. */
    static final List<String> STORED = new CopyOnWriteArrayList<>();

    private void store(String objectName, String md5) {
        STORED.add(objectName);
    }
// tag::jaxrs-resource[]
}
// end::jaxrs-resource[]
