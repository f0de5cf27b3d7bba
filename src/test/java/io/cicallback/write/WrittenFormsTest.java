package io.cicallback.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Exhaustive;
import io.cicallback.Fixtures;
import io.cicallback.read.CallbackReader;
import io.cicallback.read.ReadResult;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.InputLimits;
import io.cicallback.value.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies a reader accepts whose written forms are larger than they are: compact bodies at the size limit
 * (the writer indents), values of characters that are escaped when written ({@code <&>}, {@code "}, CR) or
 * that one format spells longer than the other (emoji as JSON escapes or XML references), and many tiny
 * leaves. Each is accepted in both modes, written in both formats by {@link CallbackWriter} (which must not
 * refuse it), stays within {@link InputLimits#WRITTEN_FORM_GROWTH} times the body, and reads back equal, in
 * the same mode, with the limits for written forms.
 */
@Exhaustive
class WrittenFormsTest {

    private static final int SIZE = InputLimits.DEFAULT_MAX_BODY_BYTES - 4096;
    private static final String JSON_JOB = "\"JobId\":\"j\",\"State\":\"Success\",\"Tag\":\"VoiceSeparate\"";
    private static final String XML_JOB = "<JobId>j</JobId><State>Success</State><Tag>VoiceSeparate</Tag>";
    private static final String[] VIDEO = {"Index", "Height", "Width", "HasBFrame", "RefFrames", "Level",
        "StartTime", "Duration", "Bitrate", "NumFrames", "Rotation"};

    /** A body, and its format. */
    record Body(String name, WireFormat format, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + format + ", " + bytes.length + " bytes)";
        }
    }

    static Stream<Body> bodies() {
        return Stream.of(
                json("compact streams to the limit", "\"Operation\":{\"MediaInfo\":{\"Stream\":{\"Video\":["
                        + fill(SIZE - 200, i -> (i == 0 ? "{" : ",{") + videoJson(i) + "}", 9_990) + "]}}}"),
                xml("compact streams to the limit", "<Operation><MediaInfo><Stream>"
                        + fill(SIZE - 200, i -> "<Video>" + videoXml(i) + "</Video>", 9_990) + "</Stream></MediaInfo></Operation>"),
                json("markup characters", userData(fill(SIZE - 200, i -> "<&>", Integer.MAX_VALUE))),
                xml("markup characters", "<Operation><UserData>" + fill(SIZE - 200, i -> "&lt;&amp;&gt;", Integer.MAX_VALUE)
                        + "</UserData></Operation>"),
                json("quotes and backslashes", userData(fill(SIZE - 200, i -> "\\\"\\\\", Integer.MAX_VALUE))),
                json("carriage returns", userData(fill(SIZE - 200, i -> "\\r", Integer.MAX_VALUE))),
                xml("carriage returns", "<Operation><UserData>" + fill(SIZE - 200, i -> "&#13;", Integer.MAX_VALUE)
                        + "</UserData></Operation>"),
                json("emoji", userData(fill(SIZE / 2 - 200, i -> "\ud83d\ude00", Integer.MAX_VALUE))),
                json("emoji as escapes", userData(fill(SIZE - 200, i -> "\\ud83d\\ude00", Integer.MAX_VALUE))),
                xml("emoji as references", "<Operation><UserData>" + fill(SIZE - 200, i -> "&#x1F600;", Integer.MAX_VALUE)
                        + "</UserData></Operation>"),
                json("tiny leaves to the limit", "\"Input\":{\"CosHeaders\":["
                        + fill(SIZE, i -> (i == 0 ? "" : ",") + "{\"Key\":\"k\",\"Value\":\"&\"}", 9_999) + "]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void writesInBothFormatsWithinTheGrowthAndReadsBackEqual(Body body) throws Exception {
        assertThat(body.bytes.length).as("within the body limit").isLessThanOrEqualTo(InputLimits.DEFAULT_MAX_BODY_BYTES);
        for (var reader : new CallbackReader[] {Fixtures.STRICT, Fixtures.LENIENT}) {
            var model = reader.readAs(body.bytes, body.format).callback();
            var rereader = CallbackReader.builder().mode(reader.mode()).limits(reader.limits().forWrittenForms()).build();
            for (var format : WireFormat.values()) {
                var written = (format == WireFormat.XML ? CallbackWriter.toXml(model) : CallbackWriter.toJson(model))
                        .getBytes(StandardCharsets.UTF_8);
                var label = body + " written as " + format + " (" + written.length + " bytes) in " + reader.mode();
                assertThat(written.length).as(label).isLessThanOrEqualTo(body.bytes.length * InputLimits.WRITTEN_FORM_GROWTH);
                ReadResult again;
                try {
                    again = rereader.readAs(written, format);
                } catch (CallbackRejectedException e) {
                    throw new AssertionError(label + " is rejected: " + e.findings(), e);
                }
                assertThat(again.callback()).as(label).isEqualTo(model);
            }
        }
    }

    private static String videoJson(int index) {
        var out = new StringBuilder();
        for (int n = 0; n < VIDEO.length; n++) {
            out.append(n == 0 ? "" : ",").append('"').append(VIDEO[n]).append("\":\"").append(n == 0 ? index : 1).append('"');
        }
        return out.toString();
    }

    private static String videoXml(int index) {
        var out = new StringBuilder();
        for (int n = 0; n < VIDEO.length; n++) {
            out.append('<').append(VIDEO[n]).append('>').append(n == 0 ? index : 1).append("</").append(VIDEO[n]).append('>');
        }
        return out.toString();
    }

    private static String userData(String jsonText) {
        return "\"Operation\":{\"UserData\":\"" + jsonText + "\"}";
    }

    /** Appends pieces until the text is about {@code size} characters long or has {@code most} of them. */
    private static String fill(int size, IntFunction<String> piece, int most) {
        var out = new StringBuilder(size);
        for (int i = 0; i < most; i++) {
            var next = piece.apply(i);
            if (out.length() + next.length() > size) {
                break;
            }
            out.append(next);
        }
        return out.toString();
    }

    private static Body json(String name, String inJob) {
        return new Body(name, WireFormat.JSON, ("{\"EventName\":\"TaskFinish\",\"JobsDetail\":[{" + JSON_JOB + "," + inJob
                + "}]}").getBytes(StandardCharsets.UTF_8));
    }

    private static Body xml(String name, String inJob) {
        return new Body(name, WireFormat.XML, ("<Response><EventName>TaskFinish</EventName><JobsDetail>" + XML_JOB + inJob
                + "</JobsDetail></Response>").getBytes(StandardCharsets.UTF_8));
    }
}
