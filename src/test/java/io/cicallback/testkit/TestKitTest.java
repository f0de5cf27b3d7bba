package io.cicallback.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cicallback.Fixtures;
import io.cicallback.model.JobState;
import io.cicallback.model.TaskFinishCallback;
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
        assertThat(Arrays.stream(Fixture.values()).map(Fixture::fileName))
                .containsExactlyInAnyOrderElementsOf(Fixtures.filesIn(Fixtures.EXAMPLES).stream()
                        .map(p -> p.getFileName().toString()).toList());
        for (var fixture : Fixture.values()) {
            assertThat(fixture.bytes()).as(fixture.fileName()).isEqualTo(Fixtures.bytes(Fixtures.EXAMPLES.resolve(fixture.fileName())));
        }
    }

    @ParameterizedTest
    @FixtureSource(format = WireFormat.JSON)
    void theArgumentSourceFiltersByFormat(Fixture fixture) throws Exception {
        assertThat(fixture.format()).isEqualTo(WireFormat.JSON);
        assertThat(CallbackReader.create().read(fixture.bytes(), fixture.contentType()).callback()).isEqualTo(fixture.callback());
    }

    @Test
    void parametersAreInjectedAsModelBytesOrText(@FromFixture(Fixture.DOC_EN_WORKFLOW_JSON) TaskFinishCallback callback,
                                                 @FromFixture(Fixture.DOC_EN_WORKFLOW_XML) byte[] xml,
                                                 @FromFixture(Fixture.FAILED_JOB_JSON) String failed) throws Exception {
        assertThat(CallbackReader.create().read(xml, null).callback()).isEqualTo(callback);
        assertThat(failed).contains("\"State\"");
    }

    @Test
    void buildersMakeValidCallbacksOfTheShapeAsked() throws Exception {
        var strict = CallbackReader.builder().mode(io.cicallback.validate.ValidationMode.STRICT).build();

        var ok = TestCallbacks.succeeded().audioStreams(3).outputs(2).build();
        assertThat(ok.getJobs().get(0).audioStreams()).hasSize(3);
        assertThat(ok.getJobs().get(0).outputObjects()).hasSize(2).allSatisfy(o -> assertThat(o.md5()).hasSize(32));

        var failed = strict.read(TestCallbacks.failed("InternalError", "decode failed").json(), null).callback().getJobs().get(0);
        assertThat(failed.getState()).isEqualTo(JobState.FAILED);
        assertThat(failed.getCode()).isEqualTo("InternalError");
        assertThat(failed.mediaInfo()).isEmpty();

        var workflow = strict.read(TestCallbacks.succeeded().workflow("flow").cosHeader("Size", "1").xml(), null)
                .callback().getJobs().get(0);
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
