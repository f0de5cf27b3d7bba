package io.cicallback.testkit;

import io.cicallback.model.AudioStream;
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
import io.cicallback.value.CallbackTime;
import io.cicallback.write.CallbackWriter;
import io.cicallback.write.InvalidCallbackException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds valid callbacks for users' tests in a line or two, shaped like Tencent's:
 *
 * <pre>{@code
 * TaskFinishCallback ok = TestCallbacks.succeeded().audioStreams(3).outputs(2).build();
 * byte[] failed = TestCallbacks.failed("InternalError", "decode failed").json();
 * byte[] fromWorkflow = TestCallbacks.succeeded().workflow("my-flow").cosHeader("Size", "1326515").xml();
 * }</pre>
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

    /** A callback under construction. Not thread-safe. */
    public static final class Builder {
        private final JobState state;
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
         * @return the callback
         * @throws InvalidCallbackException when a reader would reject it (a blank job id, say)
         */
        public TaskFinishCallback build() {
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

        private TaskFinishCallback model() {
            var job = new Job().withJobId(jobId).withCode(code).withMessage(message)
                    .withCreationTime(CallbackTime.of("2022-07-01T10:12:26+0800"))
                    .withStartTime(CallbackTime.of("2022-07-01T10:12:27+0800"))
                    .withEndTime(CallbackTime.of("2022-07-01T10:12:32+0800"))
                    .withQueueId("p2242ab62c7c94486915508540933a2c6")
                    .withInput(new JobInput().withBucketId("test-123456789").withObject("input/demo.mp3")
                            .withRegion("ap-chongqing").withCosHeaders(cosHeaders))
                    .withOperation(operation());
            job.setState(state);
            job.setTag(JobTag.VOICE_SEPARATE);
            if (workflowName != null) {
                job.setWorkflow(new Workflow().withWorkflowName(workflowName).withName("VoiceSeparate_1")
                        .withWorkflowId("web6ac56c1ef54dbfa44d7f4103203be9").withRunId("ic90edd59f84f11ec9d4f525400a3c59f"));
            }
            var callback = new TaskFinishCallback().withJobs(job);
            callback.setEventName(EventName.TASK_FINISH);
            return callback;
        }

        private Operation operation() {
            var operation = new Operation().withTemplateId("t1f6ac18da8bdc403fa27ac4ffnd7a6sa1")
                    .withTemplateName("voiceseparate").withUserData(userData)
                    .withOutput(new JobOutput().withRegion("ap-chongqing").withBucket("test-123456789")
                            .withObject("output/background.mp3").withAuObject("output/audio.mp3"));
            if (state != JobState.SUCCESS) {
                return operation;
            }
            var streams = new MediaStreams();
            for (int i = 0; i < audioStreams; i++) {
                streams.getAudioStreams().add(new AudioStream().withIndex((long) i).withCodecName("mp3")
                        .withSampleRate(44100L).withChannel(2L).withDuration(new BigDecimal("13.688163"))
                        .withBitrate(new BigDecimal("128.000000")));
            }
            var output = new OutputFile().withBucket("test-123456789").withRegion("ap-chongqing");
            for (int i = 0; i < outputs; i++) {
                var name = "output/part-" + i + ".mp3";
                output.getObjectNames().add(name);
                output.getMd5Infos().add(new Md5Info().withObjectName(name).withMd5(String.format("%032x", i + 1)));
            }
            return operation
                    .withMediaInfo(new MediaInfo().withFormat(new MediaFormat().withFormatName("mp3")
                            .withDuration(new BigDecimal("13.688163")).withBitrate(new BigDecimal("128.147000"))
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
}
