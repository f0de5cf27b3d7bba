package io.cicallback.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cicallback.value.WireFormat;
import io.cicallback.model.Job;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.validate.FindingKind;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class CallbackWriterTest {

    @Test
    void aModelTheReaderWouldRejectIsRefusedWithItsFindingsInBothFormats() {
        var job = new Job();
        job.setJobId("j 1"); // white space: no identifier
        job.setState(io.cicallback.model.JobState.SUCCESS);
        var callback = new TaskFinishCallback();
        callback.setRawEventName("TaskFinish");
        callback.getJobs().add(job);
        for (var format : WireFormat.values()) {
            var refused = catchThrowableOfType(InvalidCallbackException.class,
                    () -> CallbackWriter.write(callback, format, new ByteArrayOutputStream()));
            assertThat(refused).as(format.name()).isNotNull();
            assertThat(refused.findings()).extracting(f -> f.path()).contains(
                    "Response.JobsDetail[0].JobId", "Response.JobsDetail[0].Tag");
        }
        assertThat(catchThrowableOfType(InvalidCallbackException.class, () -> CallbackWriter.toXml(new TaskFinishCallback()))
                .findings()).extracting(f -> f.kind()).contains(FindingKind.MISSING_NODE);
    }

    @Test
    void writeUncheckedWritesWhatItIsGiven() throws Exception {
        var out = new ByteArrayOutputStream();
        CallbackWriter.writeUnchecked(new TaskFinishCallback(), WireFormat.XML, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("<Response/>");
    }
}
