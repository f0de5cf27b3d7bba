package io.cicallback.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What users do with model objects: compare two reads, use them as keys, log them. */
class ModelObjectsTest {

    @Test
    void twoReadsOfOneCallbackAreEqualWhicheverFormatArrived() throws Exception {
        var xml = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-workflow.xml"));
        var again = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-workflow.xml"));
        var json = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-workflow.json"));

        assertThat(again).isEqualTo(xml).hasSameHashCodeAs(xml).isNotSameAs(xml);
        assertThat(json).isEqualTo(xml).hasSameHashCodeAs(xml);
        assertThat(json.getJobs().get(0)).isEqualTo(xml.getJobs().get(0));
    }

    @Test
    void aChangedValueMakesThemUnequal() {
        var one = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-job.xml"));
        var other = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-job.xml"));
        var stream = other.getJobs().get(0).getOperation().getMediaInfo().getStream().getAudioStreams().get(1);
        stream.setDuration(io.cicallback.value.CallbackDecimal.of(stream.getDuration().text() + "0")); // same number, other text

        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void aLoggedJobIsReadableAndCannotForgeLogLines() throws Exception {
        var body = """
                {"EventName": "TaskFinish", "JobsDetail": [{"JobId": "j1", "State": "Failed", "Tag": "VoiceSeparate",
                 "Code": "InternalError", "Message": "line one\\nFAKE LOG LINE\\u202e\\u0085"}]}""";
        var job = Fixtures.LENIENT.read(body.getBytes(StandardCharsets.UTF_8), null).jobs().get(0);

        assertThat(job.toString())
                .startsWith("Job{")
                .contains("jobId=j1", "rawState=Failed", "code=InternalError", "line one\\u000AFAKE LOG LINE\\u202E\\u0085")
                .doesNotContain("\n", "\u202e", "\u0085", "@", "operation=");
        assertThat(Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-workflow.xml")).toString())
                .contains("TaskFinishCallback{rawEventName=TaskFinish, jobs=[Job{", "audioStreams=[AudioStream{",
                        "bitrate=128.147000");
    }

    @Test
    void conveniencesAnswerWithoutNullChecks() {
        var done = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-workflow.xml")).getJobs().get(0);
        assertThat(done.succeeded()).isTrue();
        assertThat(done.outputObjects()).containsExactly(
                new JobConveniences.OutputObject("test-123456789", "ap-chongqing", "output/audio.mp3",
                        "3b883c0462ba845acdf3eb7e30db1a1c"),
                new JobConveniences.OutputObject("test-123456789", "ap-chongqing", "output/backgroud.mp3",
                        "62de6bb513d6105eeeb1a6ab0077cb5a"));
        assertThat(done.audioStreams()).hasSize(2);
        assertThat(done.getEndTime().toInstant()).contains(java.time.Instant.parse("2022-07-01T02:12:32Z"));

        var failed = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("failed-job.xml")).getJobs().get(0);
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.outputObjects()).isEmpty();
        assertThat(failed.audioStreams()).isEmpty();
        assertThat(failed.mediaInfo()).isEmpty();
        assertThat(new Job().outputObjects()).isEmpty();
    }

    @Test
    void aRepeatedDeliveryHasTheSameDeduplicationKeyAndAnotherStateAnother() {
        var xml = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-workflow.xml")).getJobs().get(0);
        var json = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-workflow.json")).getJobs().get(0);
        assertThat(xml.deduplicationKey()).isEqualTo(json.deduplicationKey())
                .isEqualTo("TaskFinish/" + xml.getJobId() + "/Success");
        var failed = new Job().withJobId(xml.getJobId()).withRawState("Failed");
        assertThat(failed.deduplicationKey()).isNotEqualTo(xml.deduplicationKey());
    }

    @Test
    void enumeratedValuesAreTypedAndAnUnknownOneStaysReadable() {
        var job = new Job();
        job.setState(JobState.FAILED);
        assertThat(job.getRawState()).isEqualTo("Failed");
        job.setRawState("Archived");
        var label = switch (job.getState()) {
            case SUCCESS -> "done";
            case FAILED -> "failed";
            case UNKNOWN -> "new state " + job.getRawState();
            default -> "pending";
        };
        assertThat(label).isEqualTo("new state Archived");
        assertThat(JobTag.of("VoiceSeparate")).isEqualTo(JobTag.VOICE_SEPARATE);
        assertThat(EventName.TASK_FINISH.text()).isEqualTo("TaskFinish");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> job.setState(JobState.UNKNOWN)))
                .isInstanceOf(IllegalArgumentException.class);
        // Every documented value has its constant: the enums follow the schema.
        assertThat(java.util.Arrays.stream(JobState.values()).map(JobState::text).filter(java.util.Objects::nonNull))
                .containsExactlyElementsOf(io.cicallback.internal.schema.CallbackSchemas.get().xmlTree()
                        .at("/JobsDetail/State").allowedValues());
    }

    @Test
    void aCallbackIsBuiltInAFewFluentLines() {
        var callback = new TaskFinishCallback()
                .withRawEventName("TaskFinish")
                .withJobs(new Job().withJobId("j1").withRawState("Success").withRawTag("VoiceSeparate")
                        .withOperation(new Operation().withMediaResult(new MediaResult().withOutputFile(new OutputFile()
                                .withBucket("b-1").withObjectNames("out/a.mp3")
                                .withMd5Infos(new Md5Info().withObjectName("out/a.mp3").withMd5("abc"))))));

        var json = io.cicallback.write.CallbackWriter.toJson(callback);
        assertThat(Fixtures.readStrict(json, io.cicallback.value.WireFormat.JSON)).isEqualTo(callback);
        assertThat(callback.getJobs().get(0).outputObjects())
                .containsExactly(new JobConveniences.OutputObject("b-1", null, "out/a.mp3", "abc"));
    }
}
