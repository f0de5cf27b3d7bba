package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.FindingKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken and hostile bodies: each rejected quickly, with a clear finding, reading nothing from disk or network. */
class HostileInputTest {

    private static final CallbackReader READER = CallbackReader.builder()
            .limits(io.cicallback.validate.InputLimits.builder().maxBodyBytes(64 * 1024).build()).build();
    private static final String JOB = "<JobId>j</JobId><State>Success</State><Tag>VoiceSeparate</Tag>";

    static Stream<Arguments> hostile() {
        var deepXml = "<Response>" + "<JobsDetail>".repeat(100) + "</JobsDetail>".repeat(100) + "</Response>";
        var deepJson = "{\"JobsDetail\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        return Stream.of(
                Arguments.of("billion laughs", FindingKind.FORBIDDEN_CONSTRUCT, """
                        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
                        <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                        <Response><EventName>&lol3;</EventName></Response>"""),
                Arguments.of("external DTD", FindingKind.FORBIDDEN_CONSTRUCT,
                        "<!DOCTYPE Response SYSTEM \"http://127.0.0.1:9/evil.dtd\"><Response/>"),
                Arguments.of("parameter entity", FindingKind.FORBIDDEN_CONSTRUCT,
                        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]><Response/>"),
                Arguments.of("deep XML", FindingKind.LIMIT_EXCEEDED, deepXml),
                Arguments.of("deep JSON", FindingKind.LIMIT_EXCEEDED, deepJson),
                Arguments.of("empty body", FindingKind.NOT_WELL_FORMED, ""),
                Arguments.of("whitespace only", FindingKind.NOT_WELL_FORMED, "  \n "),
                Arguments.of("truncated XML", FindingKind.NOT_WELL_FORMED,
                        "<Response><EventName>TaskFinish</EventName><JobsDetail>" + JOB),
                Arguments.of("truncated JSON", FindingKind.NOT_WELL_FORMED, "{\"EventName\": \"TaskFinish\", \"JobsDe"),
                Arguments.of("JSON duplicate keys", FindingKind.NOT_WELL_FORMED,
                        "{\"EventName\": \"TaskFinish\", \"EventName\": \"TaskFinish\"}"),
                Arguments.of("JSON comment", FindingKind.NOT_WELL_FORMED, "{/* hi */ \"EventName\": \"TaskFinish\"}"),
                Arguments.of("JSON single quotes", FindingKind.NOT_WELL_FORMED, "{'EventName': 'TaskFinish'}"),
                Arguments.of("JSON unquoted keys", FindingKind.NOT_WELL_FORMED, "{EventName: \"TaskFinish\"}"),
                Arguments.of("JSON trailing content", FindingKind.NOT_WELL_FORMED,
                        "{\"EventName\": \"TaskFinish\", \"JobsDetail\": [{\"JobId\": \"j\", \"State\": \"Success\","
                                + " \"Tag\": \"VoiceSeparate\"}]} {\"more\": 1}"),
                Arguments.of("XML trailing content", FindingKind.NOT_WELL_FORMED,
                        "<Response><EventName>TaskFinish</EventName><JobsDetail>" + JOB + "</JobsDetail></Response><x/>"),
                Arguments.of("neither format", FindingKind.NOT_WELL_FORMED, "EventName=TaskFinish"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void rejectedWithAClearFinding(String name, FindingKind kind, String body) {
        var thrown = catchThrowable(() -> READER.read(body.getBytes(StandardCharsets.UTF_8), null));
        assertThat(thrown).isInstanceOf(CallbackRejectedException.class);
        var rejected = (CallbackRejectedException) thrown;
        assertThat(rejected.errors()).extracting(f -> f.kind()).contains(kind);
        assertThat(rejected.getMessage()).doesNotContain("Exception");
    }

    @Test
    void aMissingBodyIsRejectedLikeAnEmptyOne() {
        for (var thrown : new Throwable[] {catchThrowable(() -> READER.read((byte[]) null, null)),
                catchThrowable(() -> READER.read((InputStream) null, "application/json")),
                catchThrowable(() -> READER.readAs(null, io.cicallback.value.WireFormat.XML))}) {
            assertThat(thrown).isInstanceOf(CallbackRejectedException.class);
            assertThat(((CallbackRejectedException) thrown).errors()).extracting(f -> f.kind())
                    .containsExactly(FindingKind.NOT_WELL_FORMED);
        }
    }

    @Test
    void invalidUtf8IsRejectedInBothFormats() {
        var badByte = (byte) 0xC3; // a lead byte followed by ASCII: invalid UTF-8
        for (var body : new String[] {"<Response><EventName>X", "{\"EventName\": \"X"}) {
            var bytes = (body + "_\"}").getBytes(StandardCharsets.US_ASCII);
            bytes[bytes.length - 3] = badByte;
            var thrown = catchThrowable(() -> READER.read(bytes, null));
            assertThat(thrown).isInstanceOf(CallbackRejectedException.class);
            assertThat(((CallbackRejectedException) thrown).errors()).extracting(f -> f.kind())
                    .containsOnly(FindingKind.NOT_WELL_FORMED);
        }
    }

    @Test
    void anEndlessBodyIsCutOffAtTheLimitWhileReading() {
        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                served += len;
                return len;
            }
        };
        var thrown = catchThrowable(() -> READER.read(endless, null));
        assertThat(((CallbackRejectedException) thrown).errors()).extracting(f -> f.kind())
                .containsExactly(FindingKind.LIMIT_EXCEEDED);
        assertThat(endless.served).isLessThanOrEqualTo(64 * 1024 + 8192);
    }

    @Test
    void anExternalEntityPointingAtALocalFileReadsNothing(@TempDir Path dir) throws IOException {
        var secret = dir.resolve("secret");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        var body = "<?xml version=\"1.0\"?><!DOCTYPE Response [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>&s;</JobId>"
                + "<State>Success</State><Tag>VoiceSeparate</Tag></JobsDetail></Response>";
        var thrown = catchThrowable(() -> READER.read(body.getBytes(StandardCharsets.UTF_8), "application/xml"));
        var rejected = (CallbackRejectedException) thrown;
        assertThat(rejected.findings().toString()).doesNotContain("TOP-SECRET-MARKER");
        assertThat(rejected.errors()).extracting(f -> f.kind()).containsExactly(FindingKind.FORBIDDEN_CONSTRUCT);
    }

    @Test
    void thousandsOfUnknownNodesAreSummarisedNotRejected() throws Exception {
        var body = "<Response><EventName>TaskFinish</EventName><JobsDetail>" + JOB
                + "<X/>".repeat(5000) + "</JobsDetail></Response>";
        var result = READER.read(body.getBytes(StandardCharsets.UTF_8), null);
        assertThat(result.findings()).hasSize(READER.limits().maxWarnings() + 1);
        assertThat(result.findings().get(result.findings().size() - 1).message()).contains("4900 more warnings");
    }

    /**
     * Every example, cut at character boundaries chosen at random, and compressed with gzip: the finding says
     * what happened (the body ends early, or is compressed), not what a parser met on the way.
     */
    @Test
    void truncatedAndCompressedBodiesAreSaidToBeSo() throws IOException {
        var random = new java.util.Random(Long.getLong("cicallback.seed", 20261206L));
        for (var fixture : io.cicallback.testkit.Fixture.all()) {
            var body = fixture.bytes();
            for (int i = 0; i < 6; i++) {
                int cut = 1 + random.nextInt(body.length - 1);
                while ((body[cut] & 0xC0) == 0x80) { // not inside a character
                    cut--;
                }
                var truncated = java.util.Arrays.copyOf(body, cut);
                var thrown = catchThrowable(() -> READER.read(truncated, fixture.contentType()));
                if (thrown == null) {
                    assertThat(new String(body, cut, body.length - cut, StandardCharsets.UTF_8)).as(fixture.name()).isBlank();
                    continue;
                }
                var first = ((CallbackRejectedException) thrown).errors().get(0);
                assertThat(first.kind()).as(fixture.name() + " cut at " + cut).isEqualTo(FindingKind.NOT_WELL_FORMED);
                assertThat(first.message()).as(fixture.name() + " cut at " + cut)
                        .containsAnyOf("the body ends early", "the body ends before");
            }
            var packed = new java.io.ByteArrayOutputStream();
            try (var zip = new java.util.zip.GZIPOutputStream(packed)) {
                zip.write(body);
            }
            for (var contentType : new String[] {fixture.contentType(), null, "application/octet-stream"}) {
                var thrown = catchThrowable(() -> READER.read(packed.toByteArray(), contentType));
                assertThat(((CallbackRejectedException) thrown).errors().get(0).message()).as(fixture.name())
                        .contains("gzip-compressed");
            }
        }
    }

    /** A JSON number or key over its limit is found where it is, not at the body's root. */
    @Test
    void aJsonLimitFindingPointsAtTheValueOverIt() {
        var digits = "1".repeat(READER.limits().maxNumberLength() + 1);
        var body = ("{\"EventName\":\"TaskFinish\",\"JobsDetail\":[{\"JobId\":\"j\",\"State\":\"Success\","
                + "\"Tag\":\"Transcode\",\"Operation\":{\"JobLevel\":" + digits + "}}]}").getBytes(StandardCharsets.UTF_8);
        var rejected = (CallbackRejectedException) catchThrowable(() -> READER.read(body, null));
        var finding = rejected.errors().get(0);
        assertThat(finding.kind()).isEqualTo(FindingKind.LIMIT_EXCEEDED);
        assertThat(finding.location().jsonPointer()).isEqualTo("/JobsDetail/0/Operation/JobLevel");
        assertThat(finding.path()).isEqualTo("Response.JobsDetail[0].Operation.JobLevel");
    }
}
