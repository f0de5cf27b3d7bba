package io.cicallback.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cicallback.Fixtures;
import io.cicallback.model.JobState;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.model.WorkflowFinishCallback;
import io.cicallback.read.CallbackReader;
import io.cicallback.value.WireFormat;
import io.cicallback.write.InvalidCallbackException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

@ExtendWith(FixtureExtension.class)
class TestKitTest {

    @Test
    void everyExampleShipsAsAFixtureAndNothingElse() {
        var examples = Fixtures.allExamples();
        assertThat(Fixture.all()).hasSameSizeAs(examples);
        for (var example : examples) {
            var folder = example.getParent().getParent().getFileName().toString();
            var fixture = Fixture.named(("workflow".equals(folder) ? "WorkflowFinish" : folder) + "/" + example.getFileName());
            assertThat(fixture.bytes()).as(fixture.name()).isEqualTo(Fixtures.bytes(example));
        }
        assertThat(Fixture.DOC_EN_WORKFLOW_JSON.name()).isEqualTo("VoiceSeparate/doc-en-workflow.json");
        assertThat(Fixture.all()).contains(Fixture.DOC_EN_JOB_XML, Fixture.VIDEO_INPUT_JSON);
    }

    @Test
    void fixturesAreFoundByTypeAndReadAsTheirEvent() {
        assertThat(Fixture.ofType("WorkflowFinish")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.callback()).isInstanceOf(WorkflowFinishCallback.class));
        assertThat(Fixture.ofType("Transcode")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.callback()).isInstanceOf(TaskFinishCallback.class);
            assertThat(((TaskFinishCallback) f.callback()).getJobs()).allSatisfy(j -> assertThat(j.getRawTag()).isEqualTo("Transcode"));
        });
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Fixture.named("Transcode/nope.xml")))
                .hasMessageContaining("no fixture named Transcode/nope.xml");
    }

    @ParameterizedTest
    @FixtureSource(type = "WorkflowFinish", format = WireFormat.XML)
    void theArgumentSourceFiltersByType(Fixture fixture) {
        assertThat(fixture.type()).isEqualTo("WorkflowFinish");
        assertThat(fixture.format()).isEqualTo(WireFormat.XML);
    }

    @ParameterizedTest
    @FixtureSource(format = WireFormat.JSON)
    void theArgumentSourceFiltersByFormat(Fixture fixture) throws Exception {
        assertThat(fixture.format()).isEqualTo(WireFormat.JSON);
        assertThat(CallbackReader.create().read(fixture.bytes(), fixture.contentType()).callback()).isEqualTo(fixture.callback());
    }

    @Test
    void parametersAreInjectedAsModelBytesOrText(@FromFixture("VoiceSeparate/doc-en-workflow.json") TaskFinishCallback callback,
                                                 @FromFixture("VoiceSeparate/doc-en-workflow.xml") byte[] xml,
                                                 @FromFixture("VoiceSeparate/failed-job.json") String failed) throws Exception {
        assertThat(CallbackReader.create().read(xml, null).callback()).isEqualTo(callback);
        assertThat(failed).contains("\"State\"");
    }

    @Test
    void buildersMakeValidCallbacksOfTheShapeAsked() throws Exception {
        var strict = CallbackReader.builder().mode(io.cicallback.validate.ValidationMode.STRICT).build();

        var ok = TestCallbacks.succeeded().audioStreams(3).outputs(2).build();
        assertThat(ok.getJobs().get(0).audioStreams()).hasSize(3);
        assertThat(ok.getJobs().get(0).outputObjects()).hasSize(2).allSatisfy(o -> assertThat(o.md5()).hasSize(32));

        var failed = strict.read(TestCallbacks.failed("InternalError", "decode failed").json(), null).jobs().get(0);
        assertThat(failed.getState()).isEqualTo(JobState.FAILED);
        assertThat(failed.getCode()).isEqualTo("InternalError");
        assertThat(failed.mediaInfo()).isEmpty();

        var workflow = strict.read(TestCallbacks.succeeded().workflow("flow").cosHeader("Size", "1").xml(), null)
                .jobs().get(0);
        assertThat(workflow.getWorkflow().getWorkflowName()).isEqualTo("flow");
        assertThat(workflow.getInput().getCosHeaders()).singleElement().satisfies(h -> assertThat(h.getKey()).isEqualTo("Size"));
    }

    @Test
    void buildersRefuseWhatAReaderWouldReject() {
        assertThat(catchThrowableOfType(InvalidCallbackException.class, () -> TestCallbacks.succeeded().jobId(" ").build())
                .findings()).anySatisfy(f -> assertThat(f.path()).isEqualTo("Response.JobsDetail[0].JobId"));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> TestCallbacks.succeeded().audioStreams(-1)))
                .hasMessageContaining("negative");
    }
}
