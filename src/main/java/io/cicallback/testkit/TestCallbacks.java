package io.cicallback.testkit;

import io.cicallback.model.AudioStream;
import io.cicallback.model.Callback;
import io.cicallback.model.CosHeader;
import io.cicallback.model.Job;
import io.cicallback.model.JobInput;
import io.cicallback.model.JobOutput;
import io.cicallback.model.JobState;
import io.cicallback.model.JobTag;
import io.cicallback.model.MediaFormat;
import io.cicallback.model.MediaInfo;
import io.cicallback.model.MediaResult;
import io.cicallback.model.MediaStreams;
import io.cicallback.model.Md5Info;
import io.cicallback.model.Operation;
import io.cicallback.model.OutputFile;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.model.EventName;
import io.cicallback.model.Workflow;
import io.cicallback.model.WorkflowExecution;
import io.cicallback.model.WorkflowFinishCallback;
import io.cicallback.model.WorkflowTask;
import io.cicallback.value.CallbackTime;
import io.cicallback.write.CallbackWriter;
import io.cicallback.write.InvalidCallbackException;
import io.cicallback.value.CallbackDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds valid callbacks for users' tests in a line or two, shaped like Tencent's: a job of any type, or a
 * workflow run.
 *
 * <pre>{@code
 * TaskFinishCallback ok = TestCallbacks.succeeded().audioStreams(3).outputs(2).build();   // VoiceSeparate
 * byte[] failed = TestCallbacks.failed("InternalError", "decode failed").json();
 * byte[] fromWorkflow = TestCallbacks.succeeded().workflow("my-flow").cosHeader("Size", "1326515").xml();
 * byte[] tagged = TestCallbacks.succeeded().tag("VideoTag")
 *         .operation(op -> op.setVideoTagResult(new VideoTagResult().withStreamData(...))).xml();
 * WorkflowFinishCallback run = TestCallbacks.workflowFinished().task("Transcode", "Success").build();
 * }</pre>
 *
 * For a job type's own nodes, start from a shipped example instead: {@code Fixture.ofType("Snapshot")}.
 *
 * Every body it builds is one a reader accepts; {@link Builder#build()} refuses anything else with the
 * findings ({@link InvalidCallbackException}). For a deliberately broken body, change the model and write it
 * with {@link CallbackWriter#writeUnchecked}.
 */
public final class TestCallbacks {

    private TestCallbacks() {
    }

    /** @return a builder of a successful job: one audio stream and two output objects until told otherwise */
    public static Builder succeeded() {
        return new Builder(JobState.SUCCESS, "Success", null);
    }

    /**
     * @param code    Tencent's error code
     * @param message the error's detail
     * @return a builder of a failed job: no media probe and no result, as Tencent sends on failure
     */
    public static Builder failed(String code, String message) {
        return new Builder(JobState.FAILED, code, message);
    }

    /** @return a builder of a WorkflowFinish callback: a successful run with no task until told otherwise */
    public static WorkflowBuilder workflowFinished() {
        return new WorkflowBuilder();
    }

    /**
     * What every builder gives: the callback, or its body in either format, each refused with the findings
     * when a reader would reject it.
     *
     * @param <T> the event's class
     */
    public abstract static class CallbackBuilder<T extends Callback> {

        CallbackBuilder() {
        }

        /** @return a new model of the callback as configured */
        abstract T model();

        /**
         * @return the callback
         * @throws InvalidCallbackException when a reader would reject it (a blank job id, say)
         */
        public T build() {
            var callback = model();
            CallbackWriter.toXml(callback); // validates; throws with the findings
            return callback;
        }

        /**
         * @return the callback as Tencent's XML body
         * @throws InvalidCallbackException as {@link #build()}
         */
        public byte[] xml() {
            return CallbackWriter.toXml(model()).getBytes(StandardCharsets.UTF_8);
        }

        /**
         * @return the callback as Tencent's JSON body
         * @throws InvalidCallbackException as {@link #build()}
         */
        public byte[] json() {
            return CallbackWriter.toJson(model()).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A job's callback under construction. Not thread-safe. */
    public static final class Builder extends CallbackBuilder<TaskFinishCallback> {
        private final JobState state;
        private String tag = JobTag.VOICE_SEPARATE.text();
        private java.util.function.Consumer<Operation> operationChange = operation -> { };
        private final String code;
        private final String message;
        private String jobId = "j40644e92f8e311ecb90d0b03267ce0e5";
        private int audioStreams = 1;
        private int outputs = 2;
        private String workflowName;
        private final List<CosHeader> cosHeaders = new ArrayList<>();
        private String userData;

        private Builder(JobState state, String code, String message) {
            this.state = state;
            this.code = code;
            this.message = message;
        }

        /**
         * @param value the job's identifier (no white space)
         * @return this builder
         */
        public Builder jobId(String value) {
            jobId = value;
            return this;
        }

        /**
         * @param count audio streams in the media probe, 0 or more (successful jobs only)
         * @return this builder
         */
        public Builder audioStreams(int count) {
            audioStreams = requireCount(count, "audio streams");
            return this;
        }

        /**
         * @param count objects the job wrote, each with its MD5 (successful jobs only)
         * @return this builder
         */
        public Builder outputs(int count) {
            outputs = requireCount(count, "outputs");
            return this;
        }

        /**
         * @param name the workflow that triggered the job: adds the Workflow node
         * @return this builder
         */
        public Builder workflow(String name) {
            workflowName = name;
            return this;
        }

        /**
         * @param key   a header of the upload that triggered the workflow
         * @param value its value
         * @return this builder
         */
        public Builder cosHeader(String key, String value) {
            cosHeaders.add(new CosHeader().withKey(key).withValue(value));
            return this;
        }

        /**
         * @param value free text echoed from the submission
         * @return this builder
         */
        public Builder userData(String value) {
            userData = value;
            return this;
        }

        /**
         * @param value the job's type, such as {@code Transcode} (default {@code VoiceSeparate}); a type the
         *              schemas do not list is written as it is, and a strict reader refuses it
         * @return this builder
         */
        public Builder tag(String value) {
            tag = java.util.Objects.requireNonNull(value, "tag");
            return this;
        }

        /**
         * @param change what to add to or change in the job's Operation once built (its type's settings and
         *               results, say); called on every build
         * @return this builder
         */
        public Builder operation(java.util.function.Consumer<Operation> change) {
            operationChange = java.util.Objects.requireNonNull(change, "change");
            return this;
        }

        @Override
        TaskFinishCallback model() {
            var job = new Job().withJobId(jobId).withCode(code).withMessage(message)
                    .withCreationTime(CallbackTime.of("2022-07-01T10:12:26+0800"))
                    .withStartTime(CallbackTime.of("2022-07-01T10:12:27+0800"))
                    .withEndTime(CallbackTime.of("2022-07-01T10:12:32+0800"))
                    .withQueueId("p2242ab62c7c94486915508540933a2c6")
                    .withInput(new JobInput().withBucketId("test-123456789").withObject("input/demo.mp3")
                            .withRegion("ap-chongqing").withCosHeaders(cosHeaders))
                    .withOperation(operation());
            job.setState(state);
            job.setRawTag(tag);
            operationChange.accept(job.getOperation());
            if (workflowName != null) {
                job.setWorkflow(new Workflow().withWorkflowName(workflowName).withName("VoiceSeparate_1")
                        .withWorkflowId("web6ac56c1ef54dbfa44d7f4103203be9").withRunId("ic90edd59f84f11ec9d4f525400a3c59f"));
            }
            var callback = new TaskFinishCallback().withJobs(job);
            callback.setRawEventName(EventName.TASK_FINISH.text());
            return callback;
        }

        private Operation operation() {
            var operation = new Operation().withTemplateId("t1f6ac18da8bdc403fa27ac4ffnd7a6sa1")
                    .withTemplateName(tag.toLowerCase(java.util.Locale.ROOT)).withUserData(userData)
                    .withOutput(new JobOutput().withRegion("ap-chongqing").withBucket("test-123456789")
                            .withObject("output/background.mp3")
                            .withAuObject(JobTag.VOICE_SEPARATE.text().equals(tag) ? "output/audio.mp3" : null));
            if (state != JobState.SUCCESS) {
                return operation;
            }
            var streams = new MediaStreams();
            for (int i = 0; i < audioStreams; i++) {
                streams.getAudioStreams().add(new AudioStream().withIndex((long) i).withCodecName("mp3")
                        .withSampleRate(44100L).withChannel(2L).withDuration(CallbackDecimal.of("13.688163"))
                        .withBitrate(CallbackDecimal.of("128.000000")));
            }
            var output = new OutputFile().withBucket("test-123456789").withRegion("ap-chongqing");
            for (int i = 0; i < outputs; i++) {
                var name = "output/part-" + i + ".mp3";
                output.getObjectNames().add(name);
                output.getMd5Infos().add(new Md5Info().withObjectName(name).withMd5(String.format("%032x", i + 1)));
            }
            return operation
                    .withMediaInfo(new MediaInfo().withFormat(new MediaFormat().withFormatName("mp3")
                            .withDuration(CallbackDecimal.of("13.688163")).withBitrate(CallbackDecimal.of("128.147000"))
                            .withSize(219263L).withNumStream((long) audioStreams).withNumProgram(0L))
                            .withStream(audioStreams == 0 ? null : streams))
                    .withMediaResult(outputs == 0 ? null : new MediaResult().withOutputFile(output));
        }

        private static int requireCount(int count, String what) {
            if (count < 0) {
                throw new IllegalArgumentException(what + " cannot be negative: " + count);
            }
            return count;
        }
    }

    /** A WorkflowFinish callback under construction. Not thread-safe. */
    public static final class WorkflowBuilder extends CallbackBuilder<WorkflowFinishCallback> {
        private String runId = "i166ee19017b011eda8a5525400c540df";
        private String state = "Success";
        private final List<WorkflowTask> tasks = new ArrayList<>();
        private final List<CosHeader> cosHeaders = new ArrayList<>();

        private WorkflowBuilder() {
        }

        /**
         * @param value the run's identifier
         * @return this builder
         */
        public WorkflowBuilder runId(String value) {
            runId = value;
            return this;
        }

        /**
         * @param type  the task's job type, such as {@code Transcode}
         * @param value how the task ended, such as {@code Success} or {@code Failed}; a failed task fails the run
         * @return this builder
         */
        public WorkflowBuilder task(String type, String value) {
            int n = tasks.size() + 1;
            tasks.add(new WorkflowTask().withType(type).withState(value)
                    .withJobId(String.format("j%031d%d", 0, n)).withName(type + "_" + n)
                    .withCreateTime(CallbackTime.of("2022-08-09 14:54:18+0800"))
                    .withEndTime(CallbackTime.of("2022-08-09 14:54:39+0800"))
                    .withTemplateId("t01e57db1c2d154d2fb57aa5de9313a8" + n).withTemplateName(type + "-template"));
            if (!"Success".equals(value)) {
                state = "Failed";
            }
            return this;
        }

        /**
         * @param key   a header of the upload that started the run
         * @param value its value
         * @return this builder
         */
        public WorkflowBuilder cosHeader(String key, String value) {
            cosHeaders.add(new CosHeader().withKey(key).withValue(value));
            return this;
        }

        @Override
        WorkflowFinishCallback model() {
            var run = new WorkflowExecution().withRunId(runId).withState(state)
                    .withWorkflowId("web6ac56c1ef54dbfa44d7f4103203be9").withWorkflowName("workflow-1")
                    .withBucketId("test-123456789").withObject("input/demo.mp4")
                    .withCreateTime(CallbackTime.of("2022-08-09 14:54:17+0800"));
            run.setCosHeaders(new ArrayList<>(cosHeaders));
            run.setTasks(new ArrayList<>(tasks));
            return new WorkflowFinishCallback().withRawEventName(EventName.WORKFLOW_FINISH.text()).withWorkflowExecution(run);
        }
    }
}
