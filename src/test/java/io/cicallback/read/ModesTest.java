package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cicallback.Fixtures;
import io.cicallback.value.WireFormat;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.Severity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict rejects what Tencent may add; lenient keeps reading and says what it set aside. */
class ModesTest {

    private static final String XML = """
            <Response><EventName>TaskFinish</EventName><JobsDetail>
              <JobId>j1</JobId><State>Archived</State><Tag>VoiceSeparate</Tag>
              <Operation><MediaInfo><Format><Duration>abc</Duration><Size>12</Size></Format></MediaInfo>
                <Priority><Text>hi</Text></Priority></Operation>
            </JobsDetail></Response>
            """;
    private static final String JSON = """
            {"EventName": "TaskFinish", "NewTopLevel": {"x": 1}, "JobsDetail": [{
              "JobId": "j1", "State": "Archived", "Tag": "VoiceSeparate",
              "Operation": {"MediaInfo": {"Format": {"Duration": "abc", "Size": "12"}}, "Priority": {"Text": "hi"}}}]}
            """;

    @Test
    void strictRejectsUnknownNodesValuesAndMalformedValuesNamingEachNode() {
        for (var body : new String[] {XML, JSON}) {
            var format = body.startsWith("<") ? WireFormat.XML : WireFormat.JSON;
            var rejected = catchThrowableOfType(CallbackRejectedException.class,
                    () -> Fixtures.STRICT.readAs(body.getBytes(StandardCharsets.UTF_8), format));
            assertThat(rejected.errors()).extracting(f -> f.path()).contains(
                    "Response.JobsDetail[0].State",
                    "Response.JobsDetail[0].Operation.MediaInfo.Format.Duration",
                    "Response.JobsDetail[0].Operation.Priority");
            assertThat(rejected.errors()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        }
    }

    @Test
    void lenientReturnsTheCallbackWithWarningsThatKeepPathAndRawText() throws Exception {
        for (var body : new String[] {XML, JSON}) {
            var result = Fixtures.LENIENT.read(body.getBytes(StandardCharsets.UTF_8), null);
            var job = result.jobs().get(0);

            assertThat(job.getState()).as("a value Tencent adds is UNKNOWN").isEqualTo(io.cicallback.model.JobState.UNKNOWN);
            assertThat(job.getRawState()).as("and stays readable").isEqualTo("Archived");
            assertThat(job.getOperation().getMediaInfo().getFormat().getSize()).isEqualTo(12L);
            assertThat(job.getOperation().getMediaInfo().getFormat().getDuration()).isNull();
            assertThat(result.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
            assertThat(result.findings()).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.MALFORMED_VALUE);
                assertThat(f.path()).isEqualTo("Response.JobsDetail[0].Operation.MediaInfo.Format.Duration");
                assertThat(f.rawText()).isEqualTo("abc");
            });
            assertThat(result.findings()).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.UNKNOWN_NODE);
                assertThat(f.path()).isEqualTo("Response.JobsDetail[0].Operation.Priority");
                assertThat(f.rawText()).contains("hi");
            });
            assertThat(result.findings()).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.UNKNOWN_VALUE);
                assertThat(f.rawText()).isEqualTo("Archived");
            });
        }
    }

    @Test
    void childrenComeInAnyOrder() throws Exception {
        var body = """
                <Response><EventName>TaskFinish</EventName><JobsDetail>
                  <JobId>j1</JobId><State>Success</State><Tag>VoiceSeparate</Tag>
                  <Input><CosHeaders><Key>k</Key><Value>v</Value></CosHeaders><Object>in.mp3</Object>
                    <CosHeaders><Key>k2</Key><Value>v2</Value></CosHeaders><BucketId>b</BucketId><Region>r</Region></Input>
                  <Operation><TemplateId>t1</TemplateId><MediaInfo><Stream><Video><Index>1</Index></Video>
                    <Audio><Index>0</Index></Audio><Video><Index>2</Index></Video></Stream></MediaInfo></Operation>
                </JobsDetail></Response>
                """.getBytes(StandardCharsets.UTF_8);
        var rootOutOfOrder = """
                <Response><JobsDetail><JobId>j1</JobId><State>Success</State><Tag>VoiceSeparate</Tag></JobsDetail>
                <EventName>TaskFinish</EventName></Response>
                """.getBytes(StandardCharsets.UTF_8);
        for (var reader : new CallbackReader[] {Fixtures.STRICT, Fixtures.LENIENT}) {
            var result = reader.read(body, null);
            var job = result.jobs().get(0);
            assertThat(job.getInput().getObject()).isEqualTo("in.mp3");
            assertThat(job.getInput().getCosHeaders()).extracting(h -> h.getKey()).containsExactly("k", "k2");
            assertThat(job.getOperation().getMediaInfo().getStream().getVideoStreams()).hasSize(2);
            assertThat(result.findings()).isEmpty();
            assertThat(reader.read(rootOutOfOrder, null).findings()).isEmpty();
        }
    }

    @Test
    void valuesAfterAnOrderFindingAreStillChecked() {
        var body = """
                <Response><EventName>TaskFinish</EventName><JobsDetail>
                  <JobId>j1</JobId><State>Success</State><Tag>VoiceSeparate</Tag>
                  <Operation><MediaInfo><Stream>
                    <Video><Index>1</Index></Video><Audio><Index>0</Index><Duration>abc</Duration></Audio>
                  </Stream></MediaInfo></Operation>
                </JobsDetail></Response>
                """.getBytes(StandardCharsets.UTF_8);
        var rejected = catchThrowableOfType(CallbackRejectedException.class, () -> Fixtures.STRICT.read(body, null));
        assertThat(rejected.errors()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.MALFORMED_VALUE);
            assertThat(f.path()).isEqualTo("Response.JobsDetail[0].Operation.MediaInfo.Stream.Audio[0].Duration");
        });
    }

    @Test
    void whatCannotBeATaskFinishCallbackIsRejectedInBothModes() {
        var bodies = new String[] {
            "<Response><EventName>WorkflowFinish</EventName><JobsDetail><JobId>j</JobId><State>Success</State>"
                    + "<Tag>VoiceSeparate</Tag></JobsDetail></Response>",
            "<Response><EventName>TaskFinish</EventName></Response>",
            "<Other/>",
            "{\"EventName\": \"TaskFinish\"}",
            "[1, 2]",
            "<Response><EventName>TaskFinish</EventName><JobsDetail>",
        };
        for (var body : bodies) {
            for (var reader : new CallbackReader[] {Fixtures.STRICT, Fixtures.LENIENT}) {
                var rejected = catchThrowableOfType(CallbackRejectedException.class,
                        () -> reader.read(body.getBytes(StandardCharsets.UTF_8), null));
                assertThat(rejected).as(body + " in " + reader.mode()).isNotNull();
                assertThat(rejected.errors()).isNotEmpty();
            }
        }
    }
}
