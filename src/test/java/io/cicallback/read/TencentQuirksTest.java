package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import io.cicallback.value.WireFormat;
import io.cicallback.validate.ValidationMode;
import io.cicallback.value.CallbackDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What Tencent's own samples show is accepted in both modes, and gives the documented model. */
class TencentQuirksTest {

    private static CallbackReader reader(ValidationMode mode) {
        return CallbackReader.builder().mode(mode).build();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Numbers as numbers, every repeatable node collapsed to its single element, empty nodes left out. */
    private static final String COLLAPSED = """
            {"EventName": "TaskFinish",
             "JobsDetail": {
               "Code": "Success", "JobId": "j1", "State": "Success", "Tag": "VoiceSeparate",
               "CreationTime": "2022-07-01 10:12:26+08:00", "StartTime": "2022-07-01T10:12:27+0800", "EndTime": "-",
               "Input": {"Object": "in.mp4", "CosHeaders": {"Key": "Size", "Value": "10"}},
               "Operation": {
                 "JobLevel": "1",
                 "MediaInfo": {
                   "Format": {"Duration": 13.688163, "Bitrate": 128.147000, "NumStream": 2, "Size": 219263},
                   "Stream": {"Audio": {"Index": 0, "SampleRate": 44100, "Duration": "13.688163"},
                              "Video": {"Index": 1, "Width": 1920, "Fps": "50/1"},
                              "Subtitle": {"Index": 2, "Language": "und"}}},
                 "MediaResult": {"OutputFile": {"Md5Info": {"Md5": "abc", "ObjectName": "o.mp3"}, "ObjectName": "o.mp3"}}},
               "Workflow": {"RunId": "r", "WorkflowId": "w", "WorkflowName": "n", "Name": "node"}}}
            """;

    @ParameterizedTest
    @EnumSource(ValidationMode.class)
    void collapsedJsonIsReadAsTheDocumentedForm(ValidationMode mode) throws Exception {
        var result = reader(mode).read(utf8(COLLAPSED), "application/json");

        assertThat(result.findings()).isEmpty();
        var job = result.jobs().get(0);
        var media = job.getOperation().getMediaInfo();
        assertThat(media.getFormat().getDuration()).isEqualTo(CallbackDecimal.of("13.688163"));
        assertThat(media.getFormat().getBitrate().text()).isEqualTo("128.147000");
        assertThat(media.getFormat().getSize()).isEqualTo(219263L);
        assertThat(media.getStream().getAudioStreams()).singleElement()
                .satisfies(a -> assertThat(a.getSampleRate()).isEqualTo(44100L));
        assertThat(media.getStream().getVideoStreams()).singleElement()
                .satisfies(v -> assertThat(v.getFps()).isEqualTo("50/1"));
        assertThat(media.getStream().getSubtitleStreams()).hasSize(1);
        assertThat(job.getOperation().getMediaResult().getOutputFile().getObjectNames()).containsExactly("o.mp3");
        assertThat(job.getOperation().getMediaResult().getOutputFile().getMd5Infos()).hasSize(1);
        assertThat(job.getInput().getCosHeaders()).hasSize(1);
        assertThat(job.getOperation().getJobLevel()).isEqualTo(1);
        assertThat(job.getWorkflow().getRunId()).isEqualTo("r");
        assertThat(job.getCreationTime().toOffsetDateTime())
                .contains(OffsetDateTime.parse("2022-07-01T10:12:26+08:00"));
        assertThat(job.getStartTime().toOffsetDateTime())
                .contains(OffsetDateTime.parse("2022-07-01T10:12:27+08:00"));
        assertThat(job.getEndTime().isNotYet()).isTrue();
        assertThat(job.getEndTime().toOffsetDateTime()).isEmpty();
    }

    @Test
    void collapsedJsonWritesBackInTheDocumentedArrayForm() throws Exception {
        var model = reader(ValidationMode.STRICT).readAs(utf8(COLLAPSED), WireFormat.JSON).callback();
        var json = io.cicallback.write.CallbackWriter.toJson(model);
        assertThat(json).contains("\"JobsDetail\" : [", "\"Audio\" : [", "\"ObjectName\" : [",
                "\"Duration\" : \"13.688163\"", "\"Bitrate\" : \"128.147000\"", "\"JobLevel\" : 1");
    }

    /** Tencent's JSON as its samples show it: wrapped in Response, single entries collapsed, empty elements as "". */
    @Test
    void aWrappedBodyWithEmptyContainersReadsAsTheBareOne() throws Exception {
        var bare = "{\"EventName\": \"TaskFinish\", \"JobsDetail\": {\"JobId\": \"j1\", \"State\": \"Success\","
                + " \"Tag\": \"Transcode\", \"Operation\": {\"MediaResult\": {\"OutputFile\": {\"Bucket\": \"b\"%s}}}}}";
        var plain = String.format(bare, "");
        var quirky = "{\"Response\": " + String.format(bare, ", \"Md5Info\": \"\", \"SpriteOutputFile\": \"\"") + "}";
        for (var mode : ValidationMode.values()) {
            var expected = reader(mode).readAs(utf8(plain), WireFormat.JSON);
            var actual = reader(mode).readAs(utf8(quirky), WireFormat.JSON);
            assertThat(actual.findings()).as(mode.toString()).isEmpty();
            assertThat(actual.callback()).isEqualTo(expected.callback());
        }
    }

    @Test
    void formatComesFromTheContentTypeOrTheContent() throws Exception {
        var xml = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-job.xml"));
        var json = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-workflow.json"));
        var reader = CallbackReader.create();

        assertThat(reader.read(xml, "application/xml; charset=UTF-8").format()).isEqualTo(WireFormat.XML);
        assertThat(reader.read(xml, null).format()).isEqualTo(WireFormat.XML);
        assertThat(reader.read(json, "text/plain").format()).isEqualTo(WireFormat.JSON);
        // A header that contradicts the content loses: proxies and SDKs rewrite headers.
        assertThat(reader.read(json, "application/xml").format()).isEqualTo(WireFormat.JSON);
        var bomAndSpace = new byte[json.length + 5];
        bomAndSpace[0] = (byte) 0xEF;
        bomAndSpace[1] = (byte) 0xBB;
        bomAndSpace[2] = (byte) 0xBF;
        bomAndSpace[3] = '\n';
        bomAndSpace[4] = ' ';
        System.arraycopy(json, 0, bomAndSpace, 5, json.length);
        assertThat(reader.read(bomAndSpace, null).format()).isEqualTo(WireFormat.JSON);
    }

    @Test
    void theRawBodyStaysAvailable() throws Exception {
        var xml = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-job.xml"));
        var result = CallbackReader.create().read(new java.io.ByteArrayInputStream(xml), null);
        assertThat(result.rawBody()).isEqualTo(xml);
        assertThat(result.rawText()).contains("<JobId>j40644e92f8e311ecb90d0b03267ce0e5</JobId>");
    }

    @Test
    void twoStreamsWithTheSameIndexAreBothKept() throws Exception {
        var model = Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-en-workflow.xml"));
        var job = model.getJobs().get(0);
        assertThat(job.getOperation().getMediaInfo().getStream().getAudioStreams()).hasSize(2);
        assertThat(job.getOperation().getMediaResult().getOutputFile().getMd5Infos()).hasSize(2);
        assertThat(job.getOperation().getMediaResult().getOutputFile().getObjectNames()).hasSize(2);
        assertThat(job.getInput().getCosHeaders()).hasSize(4);
        assertThat(job.getWorkflow().getWorkflowName()).isEqualTo("workflow-test");
    }

    @Test
    void warmingUpLoadsBothPathsAndChangesNoResult() throws Exception {
        var reader = CallbackReader.create().warmUp();
        var json = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-workflow.json"));
        assertThat(reader.warmUp().read(json, null).callback())
                .isEqualTo(CallbackReader.create().read(json, null).callback());
        assertThat(reader.read(json, null).toString()).startsWith("ReadResult{format=JSON, warnings=0, callback=TaskFinishCallback{");
    }
}
