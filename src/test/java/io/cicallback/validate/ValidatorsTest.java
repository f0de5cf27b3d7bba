package io.cicallback.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorsTest {

    private final XmlCallbackValidator xml = new XmlCallbackValidator();
    private final JsonCallbackValidator json = new JsonCallbackValidator();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void xmlReportsEveryViolationWithLineColumnAndPath() {
        var body = """
                <Response>
                  <EventName>TaskFinish</EventName>
                  <JobsDetail>
                    <CreationTime>soon</CreationTime>
                    <Operation>
                      <JobLevel>9</JobLevel>
                      <Extra>x</Extra>
                    </Operation>
                    <State>Done</State>
                    <Tag>VoiceSeparate</Tag>
                  </JobsDetail>
                </Response>
                """;
        var report = xml.validate(utf8(body), ValidationMode.STRICT);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(Finding::path).containsExactlyInAnyOrder(
                "Response.JobsDetail[0].CreationTime",
                "Response.JobsDetail[0].Operation.JobLevel",
                "Response.JobsDetail[0].Operation.Extra",
                "Response.JobsDetail[0].State",
                "Response.JobsDetail[0].JobId");
        var time = report.errors().stream().filter(f -> f.path().endsWith("CreationTime")).findFirst().orElseThrow();
        assertThat(time.location().line()).isEqualTo(4);
        assertThat(time.location().column()).isPositive();
        assertThat(time.kind()).isEqualTo(FindingKind.MALFORMED_VALUE);
        assertThat(time.rawText()).isEqualTo("soon");
    }

    @Test
    void lenientModeGradesTolerableFindingsAsWarnings() {
        var body = """
                <Response><EventName>TaskFinish</EventName><JobsDetail>
                  <JobId>j</JobId><State>Paused</State><Tag>VoiceSeparate</Tag><NewField a="1">v</NewField>
                </JobsDetail></Response>
                """;
        var report = xml.validate(utf8(body), ValidationMode.LENIENT);

        assertThat(report.accepted()).isTrue();
        assertThat(report.warnings()).extracting(Finding::kind).containsExactly(
                FindingKind.UNKNOWN_VALUE, FindingKind.UNKNOWN_NODE);
        assertThat(report.warnings().get(1).rawText()).isEqualTo("<NewField>v</NewField>");
    }

    @Test
    void jsonReportsEveryViolationWithPointersIntoTheBodyAsReceived() {
        // JobsDetail arrives collapsed to an object: pointers must not mention the index it was given.
        var body = """
                {"EventName": "TaskFinish",
                 "JobsDetail": {"JobId": "j", "State": "Nope", "Tag": "VoiceSeparate",
                                "EndTime": "later", "Input": {"Oops": 1}}}
                """;
        var report = json.validate(utf8(body), ValidationMode.STRICT);

        assertThat(report.errors()).extracting(f -> f.location().jsonPointer()).containsExactlyInAnyOrder(
                "/JobsDetail/Input/Oops", "/JobsDetail/State", "/JobsDetail/EndTime");
        assertThat(report.errors()).extracting(Finding::path).containsExactlyInAnyOrder(
                "Response.JobsDetail[0].Input.Oops", "Response.JobsDetail[0].State", "Response.JobsDetail[0].EndTime");
    }

    @Test
    void xmlValidatorReadsNoFileThroughAnExternalEntity(@TempDir Path dir) throws Exception {
        var secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        var body = """
                <?xml version="1.0"?>
                <!DOCTYPE Response [<!ENTITY s SYSTEM "%s">]>
                <Response><EventName>TaskFinish</EventName><JobsDetail><JobId>&s;</JobId>
                <State>Success</State><Tag>VoiceSeparate</Tag></JobsDetail></Response>
                """.formatted(secret.toUri());

        var report = xml.validate(utf8(body), ValidationMode.LENIENT);

        assertThat(report.errors()).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.FORBIDDEN_CONSTRUCT));
        assertThat(report.toString()).doesNotContain("TOP-SECRET-MARKER");
    }

    @Test
    void everyDocSampleValidatesInBothModes() {
        for (var file : Fixtures.filesIn(Fixtures.EXAMPLES)) {
            var body = Fixtures.bytes(file);
            for (var mode : ValidationMode.values()) {
                var report = file.toString().endsWith(".xml") ? xml.validate(body, mode) : json.validate(body, mode);
                assertThat(report.findings()).as(file + " in " + mode).isEmpty();
                assertThat(report.accepted()).isTrue();
            }
        }
    }
}
