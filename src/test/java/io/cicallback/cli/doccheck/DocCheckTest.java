package io.cicallback.cli.doccheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cicallback.cli.doccheck.DocCheck.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocCheckTest {

    private static final Path PAGES = Path.of("src", "test", "resources", "doccheck");
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private static List<Problem> check(String page) throws IOException {
        return new DocCheck().check(Files.readString(PAGES.resolve(page)));
    }

    private static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::error).toList();
    }

    @Test
    void aPageThatMatchesTheSchemasIsInSync() throws IOException {
        assertThat(check("clean.md")).isEmpty();
    }

    @Test
    void aNodeAddedToATableAndASampleIsReportedByPath() throws IOException {
        assertThat(errors(check("node-added.md"))).extracting(Problem::path, Problem::message).contains(
                org.assertj.core.groups.Tuple.tuple("Response.JobsDetail.Workflow.Owner",
                        "documented node is missing from the XSD"),
                org.assertj.core.groups.Tuple.tuple("Response.JobsDetail.Workflow.Owner",
                        "documented node is missing from the JSON Schema"));
        assertThat(errors(check("node-added.md"))).extracting(Problem::path)
                .contains("Response.JobsDetail[0].Workflow.Owner");
    }

    @Test
    void aPageOfAnotherJobTypeIsCheckedAgainstThatTypesPart() throws IOException {
        assertThat(errors(check("videotag-clean.md"))).isEmpty();
    }

    @Test
    void aWorkflowPageIsCheckedAgainstTheWorkflowPart() throws IOException {
        assertThat(errors(check("workflow-retyped.md"))).extracting(Problem::path, Problem::message).containsOnly(
                org.assertj.core.groups.Tuple.tuple("Response.WorkflowExecution.Tasks",
                        "documented as Container, but the XSD lets it repeat"),
                org.assertj.core.groups.Tuple.tuple("Response.WorkflowExecution.Tasks",
                        "documented as Container, but the JSON Schema lets it repeat"));
    }

    @Test
    void aNodeThePageNoLongerListsIsNoError() throws IOException {
        assertThat(errors(check("node-removed.md"))).isEmpty();
    }

    @Test
    void retypedNodesAreReportedWithBothTypes() throws IOException {
        var problems = errors(check("node-retyped.md"));
        assertThat(problems).extracting(Problem::path)
                .contains("Response.JobsDetail", "Response.JobsDetail.Workflow.RunId");
        assertThat(problems).extracting(Problem::message)
                .contains("documented as Container, but the XSD lets it repeat",
                        "documented as Int, but the JSON Schema has a leaf of type string");
    }

    @Test
    void aBrokenSampleIsReportedWithItsFindings() throws IOException {
        var problems = errors(check("sample-broken.md"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("Response.JobsDetail[0].State");
            assertThat(p.message()).contains("sample does not validate strictly");
        });
    }

    @Test
    void sampleNodesMissingFromATableAreInformation() throws IOException {
        var problems = check("sample-undocumented.md");
        assertThat(errors(problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.error()).isFalse();
            assertThat(p.path()).isEqualTo("Response.JobsDetail.Workflow.WorkflowId");
        });
    }

    static Stream<Path> seedPages() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            return Stream.of((Path) null);
        }
        try (var files = Files.list(SEEDS)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seedPages")
    void theSeedPagesAreInSync(Path seed) throws IOException {
        assumeTrue(seed != null, "../shared/seeds is not beside the project");
        var problems = new DocCheck().check(Files.readString(seed));
        assertThat(problems).isEmpty();
        assertThat(DocPage.parse(Files.readString(seed)).samples()).hasSize(4);
        assertThat(DocPage.parse(Files.readString(seed)).nodes()).hasSizeGreaterThanOrEqualTo(11);
    }
}
