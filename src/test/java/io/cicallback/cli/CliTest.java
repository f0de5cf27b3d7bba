package io.cicallback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import io.cicallback.value.WireFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private static Run withStdin(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var io = new CliMain.CliIo(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = CliMain.run(io, args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return withStdin("", args);
    }

    private static String example(String name) {
        return Fixtures.EXAMPLES.resolve(name).toString();
    }

    private static String bad(String name) {
        return Fixtures.BAD.resolve(name).toString();
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.out() + run.err()).doesNotContain("\tat ", "Exception:");
    }

    @Test
    void validateAcceptsEveryExampleWithExitZero() {
        var files = new ArrayList<String>();
        Fixtures.allExamples().forEach(p -> files.add(p.toString()));
        var run = run(prepend("validate", files));

        assertThat(run.exit()).isZero();
        // Tencent's samples order some containers differently: a warning, the only one an example may have.
        var verdicts = run.out().lines().filter(l -> !l.contains(": warning: ")).toList();
        assertThat(verdicts).hasSize(files.size()).allMatch(l -> l.endsWith(": accepted") || l.matches(".*: accepted with \\d+ warnings?"));
        assertThat(run.out().lines().filter(l -> l.contains(": warning: "))).allMatch(l -> l.endsWith("is out of the documented order"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validatePrintsFindingsInTheContractFormatAndExitsOneOnRejection() {
        var run = run("validate", bad("missing-job-id.xml"), bad("unknown-state.json"), example("doc-en-job.xml"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(
                bad("missing-job-id.xml") + ":8:18: error: Response.JobsDetail[0].JobId: required node JobId is missing",
                bad("unknown-state.json") + ": warning: /JobsDetail/0/State (Response.JobsDetail[0].State): value 'Exploded'",
                bad("missing-job-id.xml") + ": rejected (1 error, 0 warnings)",
                bad("unknown-state.json") + ": accepted with 1 warning",
                example("doc-en-job.xml") + ": accepted");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void strictTurnsWarningsIntoRejections() {
        assertThat(run("validate", bad("unknown-node.xml")).exit()).isZero();
        var strict = run("validate", "--strict", bad("unknown-node.xml"));
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).contains("error: Response.JobsDetail[0].Operation.Priority");
    }

    @Test
    void validateReadsStandardInputAndHonoursFormat() {
        var json = Fixtures.text(Fixtures.EXAMPLES.resolve("doc-en-workflow.json"));
        assertThat(withStdin(json, "validate", "-").out()).isEqualTo("-: accepted\n");
        var forced = withStdin(json, "validate", "--format", "xml", "-");
        assertThat(forced.exit()).isEqualTo(1);
        assertThat(forced.out()).startsWith("-:1:1: error: (body): ");
    }

    @Test
    void unreadableFilesAndUsageErrorsExitTwoOnStandardError() {
        var missing = run("validate", "no/such/file.xml", example("doc-en-job.xml"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such/file.xml: cannot read: no such file");
        assertThat(missing.out()).contains("doc-en-job.xml: accepted");

        for (var args : List.of(new String[] {"validate"}, new String[] {"validate", "--format", "yaml", "x"},
                new String[] {"convert", "x.xml"}, new String[] {"frobnicate"}, new String[] {})) {
            var usage = run(args);
            assertThat(usage.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(usage.err()).containsAnyOf("Usage", "Unmatched argument", "Missing required");
            assertThat(usage.out()).isEmpty();
            assertNoStackTrace(usage);
        }
    }

    @Test
    void convertWritesTheDocumentOnStandardOutputAndKeepsEveryValue() {
        var toJson = run("convert", "--to", "json", example("doc-zh-workflow.xml"));
        assertThat(toJson.exit()).isZero();
        assertThat(toJson.err().lines()).allMatch(l -> l.endsWith("is out of the documented order"));
        // The doc's XML workflow sample converts to what the doc's own JSON sample carries.
        assertThat(Fixtures.readStrict(toJson.out(), WireFormat.JSON)).usingRecursiveComparison()
                .isEqualTo(Fixtures.readStrict(Fixtures.EXAMPLES.resolve("doc-zh-workflow.json")));

        var backToXml = withStdin(toJson.out(), "convert", "--to", "xml", "--strict", "-");
        assertThat(backToXml.exit()).isZero();
        assertThat(io.cicallback.LeafValues.of(backToXml.out(), WireFormat.XML))
                .isEqualTo(io.cicallback.LeafValues.of(Fixtures.text(Fixtures.EXAMPLES.resolve("doc-zh-workflow.xml")),
                        WireFormat.XML));
    }

    @Test
    void convertOfRejectedInputExitsOneWithFindingsOnStandardError() {
        var run = run("convert", "--to", "json", bad("wrong-root.xml"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: (body): root element is <Error>", "wrong-root.xml: rejected");
        assertNoStackTrace(run);

        // Converted leniently: an unknown node is kept and written, in either format (exit 0)...
        var unknown = run("convert", "--to", "json", bad("unknown-node.xml"));
        assertThat(unknown.exit()).isZero();
        assertThat(unknown.err()).contains("warning: Response.JobsDetail[0].Operation.Priority")
                .doesNotContain("not in the output");
        assertThat(unknown.out()).contains("\"JobId\" : \"j1\"", "\"Priority\" : \"high\"");

        // ...so is a malformed value's text (the typed value stays absent)...
        var malformed = run("convert", "--to", "json", bad("malformed-duration.xml"));
        assertThat(malformed.exit()).isZero();
        assertThat(malformed.err()).contains("warning: Response.JobsDetail[0].Operation.MediaInfo.Format.Duration");
        assertThat(malformed.out()).contains("\"Duration\" : \"abc\"");
    }

    @Test
    void convertNamesWhatNeitherFormatCanCarryAndExitsFive(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var body = java.nio.file.Files.writeString(dir.resolve("attribute.xml"), "<Response><EventName>TaskFinish"
                + "</EventName><JobsDetail priority=\"high\"><JobId>j</JobId><State>Success</State><Tag>VoiceSeparate"
                + "</Tag></JobsDetail></Response>");
        var run = run("convert", "--to", "json", body.toString());
        assertThat(run.exit()).isEqualTo(ConvertCommand.LEFT_OUT);
        assertThat(run.err()).contains("attribute.xml: not in the output: Response.JobsDetail[0].@priority");
        assertThat(run.out()).contains("\"JobId\" : \"j\"").doesNotContain("high");
    }

    @Test
    void inspectSummarisesEachJob() {
        var run = run("inspect", example("doc-en-workflow.xml"));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Job j40644e92f8e311ecb90d0b03267ce0e5", "State:      Success",
                "Ran for:    5 s", "audio #0 mp3 44100 Hz 2 ch", "output/audio.mp3  md5 3b883c0462ba845acdf3eb7e30db1a1c",
                "Workflow:   workflow-test");

        var failed = run("inspect", example("failed-job.json"));
        assertThat(failed.out()).contains("State:      Failed (code InvalidInput: the input file could not be decoded)");

        var tagged = run("inspect", "schema/jobs/VideoTag/examples/qcloud-docs-884904661_intl_sample1.xml");
        assertThat(tagged.exit()).isZero();
        assertThat(tagged.out()).contains("Tag:        VideoTag", "VideoTagResult: VideoTagResult{streamData=", "VideoTag:   VideoTagSettings{");

        var workflow = run("inspect", "schema/workflow/examples/tencent-api_436_80040.json");
        assertThat(workflow.exit()).isZero();
        assertThat(workflow.out()).contains("WorkflowFinish (JSON)", "Run i166ee19017b011eda8a5525400c540df",
                "Workflow:   workflow-3 (web6ac56c1ef54dbfa44d7f4103203be9)", "Task:       Snapshot Success job j23c11e1e17b011edaab4ab15ec33d076",
                "header:   Content-Type: video/mp4");

        var rejected = run("inspect", bad("missing-jobs-detail.json"));
        assertThat(rejected.exit()).isEqualTo(1);
        assertThat(rejected.err()).contains("one of JobsDetail, WorkflowExecution is required");
        assertThat(run("inspect", "nope.json").exit()).isEqualTo(2);
    }

    @Test
    void doccheckExitCodes() {
        var pages = "src/test/resources/doccheck/";
        assertThat(run("doccheck", pages + "clean.md").exit()).isZero();
        var out = run("doccheck", pages + "node-added.md");
        assertThat(out.exit()).isEqualTo(1);
        assertThat(out.out()).contains("error: Response.JobsDetail.Workflow.Owner: documented node is missing from the XSD",
                "node-added.md: out of sync, 3 problems (callback page of VoiceSeparate: ");
        assertThat(run("doccheck", "missing.md").exit()).isEqualTo(2);

        // A folder is its pages, checked together: the callback page names the job API page of its type.
        var folder = run("doccheck", pages + "layouts");
        assertThat(folder.exit()).isZero();
        assertThat(folder.out().lines().filter(l -> l.contains(": in sync ("))).hasSize(6);
        assertThat(folder.out()).contains("callback-page-en.md: in sync (callback page of Snapshot: ",
                "JobsDetail's own nodes are compared on " + pages + "layouts/api-response-en.md");
    }

    @Test
    void versionAndHelp() {
        var version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("ci-callback ").doesNotContain("${");
        for (var command : List.of("validate", "convert", "inspect", "doccheck")) {
            var help = run(command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Usage: ci-callback " + command);
        }
    }

    private static String[] prepend(String first, List<String> rest) {
        var all = new ArrayList<String>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    @Test
    void textFromTheBodyReachesTheTerminalEscaped() {
        var body = "{\"EventName\":\"TaskFinish\",\"JobsDetail\":[{\"JobId\":\"j\",\"State\":\"Failed\","
                + "\"Tag\":\"VoiceSeparate\",\"Code\":\"E\\u001b[2J\",\"Message\":\"a\\u0007\\u202eb\","
                + "\"X\\u001b]0;t\\u0007\":1}]}";
        for (var command : new String[] {"validate", "inspect"}) {
            var run = withStdin(body, command, "-");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out() + run.err()).as(command).doesNotContainPattern("[\\p{Cc}\\p{Cf}&&[^\\n]]")
                    .contains("\\u001B");
        }
    }

    @Test
    void anInternalFailureIsOneLineWithItsOwnExitCode() {
        var err = new ByteArrayOutputStream();
        var failingOut = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("disk full\nsecond line");
            }
        }, true, StandardCharsets.UTF_8);
        var io = new CliMain.CliIo(new ByteArrayInputStream(new byte[0]), failingOut,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        int exit = CliMain.run(io, "convert", "--to", "json", example("two-jobs.xml"));

        assertThat(exit).isEqualTo(CliMain.INTERNAL);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .contains("internal error", "disk full", "--debug").doesNotContain("\tat ");
    }

    @Test
    void doccheckRefusesWhatIsNoDocPage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var empty = java.nio.file.Files.writeString(dir.resolve("empty.md"), "");
        var text = java.nio.file.Files.writeString(dir.resolve("notes.md"), "Some notes about callbacks.\n");
        var run = run("doccheck", empty.toString(), text.toString(), example("doc-en-job.xml"));

        assertThat(run.exit()).isEqualTo(CliMain.REJECTED);
        assertThat(run.out().lines().filter(l -> l.contains("no node table found"))).hasSize(3);
        assertThat(run.out().lines().filter(l -> l.endsWith("out of sync, 1 problem (no node table or sample)"))).hasSize(3);
    }

    @Test
    void inspectAndConvertTakeSeveralFilesAndTheReadingOptions() {
        var inspect = run("inspect", "--strict", example("doc-en-job.xml"), example("doc-en-workflow.json"));
        assertThat(inspect.exit()).isZero();
        assertThat(inspect.out()).contains("doc-en-job.xml: TaskFinish, 1 job (XML)", "doc-en-workflow.json: TaskFinish, 1 job (JSON)");

        var convert = run("convert", "--to", "json", example("doc-en-job.xml"), example("failed-job.xml"));
        assertThat(convert.exit()).isZero();
        assertThat(convert.out().split("\n\\{", -1)).hasSize(2); // two documents, one after the other

        var json = Fixtures.text(Fixtures.EXAMPLES.resolve("doc-en-workflow.json"));
        var forced = withStdin(json, "inspect", "--format", "xml", "-");
        assertThat(forced.exit()).as("JSON read as XML is rejected").isEqualTo(CliMain.REJECTED);
    }

    @Test
    void standardInputCanBeNamedOnlyOnce() {
        var run = withStdin("<Response/>", "validate", "-", "-");
        assertThat(run.exit()).isEqualTo(CliMain.USAGE);
        assertThat(run.err()).contains("standard input (-) can be named only once");
    }

    @Test
    void wholeBodyFindingsNameNoPosition() {
        var run = withStdin("", "validate", "--format", "xml", "-");
        assertThat(run.exit()).isEqualTo(CliMain.REJECTED);
        assertThat(run.out()).contains("-: error: (body): the body is empty").doesNotContain(":0:0");
    }
}
