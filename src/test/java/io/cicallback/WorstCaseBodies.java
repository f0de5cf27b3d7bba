package io.cicallback;

import io.cicallback.validate.InputLimits;
import java.nio.charset.StandardCharsets;

/**
 * The worst-case bodies of the benchmark's worst-case table, each as large as the size asked for and within the
 * default limits: every one is read, none is refused up front for its size. {@code ParserCostClassesTest} holds
 * each to the allocation bound at the body limit; the benchmark times them.
 */
public final class WorstCaseBodies {

    /** The shapes {@link #build} makes. */
    public static final java.util.List<String> SHAPES =
            java.util.List.of("digitRun", "exponents", "tinyRepeatedNodes", "allInvalidList", "outOfOrderAtEnd");

    private static final String JOB = "<JobId>j</JobId><State>Success</State><Tag>VoiceSeparate</Tag>";
    private static final String JSON_JOB = "\"JobId\":\"j\",\"State\":\"Success\",\"Tag\":\"VoiceSeparate\"";
    /** The numeric leaves of a video stream, the stream with the most. */
    private static final String[] VIDEO_NUMBERS = {"Index", "Height", "Width", "HasBFrame", "RefFrames", "Level",
        "StartTime", "Duration", "Bitrate", "NumFrames", "Rotation"};

    private WorstCaseBodies() {
    }

    /**
     * @param shape     one of {@link #SHAPES}
     * @param format    {@code XML} or {@code JSON}
     * @param mebibytes the body's size, up to the default body limit
     * @return the body
     */
    public static byte[] build(String shape, String format, int mebibytes) {
        boolean xml = format.equals("XML");
        int size = Math.min(mebibytes * 1024 * 1024, InputLimits.DEFAULT_MAX_BODY_BYTES) - 4096;
        // Entries of repeatable nodes in proportion to the size, reaching the limit at the largest body.
        int entries = (int) ((long) InputLimits.DEFAULT_MAX_REPEATED_NODES * size / InputLimits.DEFAULT_MAX_BODY_BYTES);
        var body = switch (shape) {
            // One number of a few million digits.
            case "digitRun" -> xml
                    ? wrapXml("<Operation><MediaInfo><Format><Duration>" + "9".repeat(size) + "</Duration></Format></MediaInfo></Operation>")
                    : wrapJson("\"Operation\":{\"MediaInfo\":{\"Format\":{\"Duration\":\"" + "9".repeat(size) + "\"}}}");
            // Every numeric leaf of every stream an exponent no BigDecimal should ever expand.
            case "exponents" -> streams(xml, entries, size, "1E+2147483647");
            // As many empty streams as the limit allows, the rest of the body unknown empty nodes.
            case "tinyRepeatedNodes" -> tiny(xml, entries, size);
            // Every numeric leaf of every stream malformed: a warning each.
            case "allInvalidList" -> streams(xml, entries, size, "abc");
            // Valid streams to the limit, every leaf bound, and in XML one stream out of the documented order at
            // the very end: the finding the XSD validator would raise there, raised by the reader's filter.
            case "outOfOrderAtEnd" -> streams(xml, entries, size, "1").replace("</Stream>", "<Audio/></Stream>");
            default -> throw new IllegalArgumentException(shape);
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String streams(boolean xml, int entries, int size, String value) {
        var out = new StringBuilder(size);
        for (int i = 0; i < entries && out.length() < size - 1024; i++) {
            out.append(xml ? "<Video>" : i == 0 ? "{" : ",{");
            for (int n = 0; n < VIDEO_NUMBERS.length; n++) {
                var name = VIDEO_NUMBERS[n];
                // In JSON the exponent goes as a number token, as Tencent sends JobLevel.
                var jsonValue = value.equals("abc") ? "\"abc\"" : value;
                out.append(xml ? "<" + name + ">" + value + "</" + name + ">" : (n == 0 ? "" : ",") + "\"" + name + "\":" + jsonValue);
            }
            out.append(xml ? "</Video>" : "}");
        }
        return xml ? wrapXml("<Operation><MediaInfo><Stream>" + out + "</Stream></MediaInfo></Operation>")
                : wrapJson("\"Operation\":{\"MediaInfo\":{\"Stream\":{\"Video\":[" + out + "]}}}");
    }

    private static String tiny(boolean xml, int entries, int size) {
        var out = new StringBuilder(size);
        out.append(xml ? "<Operation><MediaInfo><Stream>" : "\"Operation\":{\"MediaInfo\":{\"Stream\":{\"Audio\":[");
        for (int i = 0; i < entries; i++) {
            out.append(xml ? "<Audio/>" : i == 0 ? "{}" : ",{}");
        }
        out.append(xml ? "</Stream></MediaInfo></Operation>" : "]}}}");
        // Unknown nodes fill the rest: a warning each, counted beyond the first hundred.
        for (int i = 0; out.length() < size - 64; i++) {
            out.append(xml ? "<X/>" : ",\"X" + Integer.toString(i, 36) + "\":0");
        }
        return xml ? wrapXml(out.toString()) : wrapJson(out.toString());
    }

    private static String wrapXml(String inJob) {
        return "<Response><EventName>TaskFinish</EventName><JobsDetail>" + JOB + inJob + "</JobsDetail></Response>";
    }

    private static String wrapJson(String inJob) {
        return "{\"EventName\":\"TaskFinish\",\"JobsDetail\":[{" + JSON_JOB + "," + inJob + "}]}";
    }
}
