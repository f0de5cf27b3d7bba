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
                .contains("documented as String, but the XSD has a container",
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

    @Test
    void tencentsKnownWaysOfWritingAreDataAndAnythingElseStillShows() throws IOException {
        // Container for a repeated JobsDetail, Response.Operation for Response.JobsDetail.Operation, and a sample
        // known to be broken (its fingerprint listed): in sync, and the sample said not to be compared.
        var page = Files.readString(PAGES.resolve("known-defects.md"));
        var report = new DocCheck().check(List.of(new DocCheck.Page("known.md", page))).get(0);
        assertThat(report.problems()).isEmpty();
        assertThat(report.notCompared()).anySatisfy(note -> assertThat(note).contains("a known-bad sample"));

        // Another sample with the same flaw is reported, at the line of the flaw.
        var other = new DocCheck().check(page.replace("This is my Translation job.", "Another job."));
        assertThat(errors(other)).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("not well-formed JSON");
            assertThat(p.line()).isEqualTo(41); // the line after the stray comma
        });
        // A misspelt name only where Tencent is known to misspell it.
        var workflow = Files.readString(PAGES.resolve("layouts/workflow-finish-en.md"));
        var tasksRow = "| CreateTime         | Response.WorkflowExecution.Tasks";
        assertThat(workflow).contains(tasksRow);
        assertThat(errors(new DocCheck().check(workflow.replace(tasksRow, tasksRow.replace("CreateTime", "Createtime")))))
                .isEmpty();
        assertThat(errors(new DocCheck().check(workflow.replace(tasksRow, tasksRow.replace("CreateTime", "CreatTime")))))
                .extracting(Problem::path).contains("Response.WorkflowExecution.Tasks.CreatTime");
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
