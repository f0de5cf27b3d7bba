package io.cicallback;

import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.value.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Bodies that cost a parser more than their size suggests: many distinct names (which an XML parser keeps for
 * its whole life, and Jackson in its key cache), long names, namespace declarations (each prefixed name is
 * resolved by a scan of those in scope), large attribute values (a parser's buffers grow to fit them), wide
 * unknown subtrees. Each shape is built at any size up to the default body limit, just under a limit or far
 * over it, and with a salt, so that bodies of one shape can bring names no earlier body brought.
 */
public final class HostileShapes {

    private static final InputLimits LIMITS = InputLimits.defaults();
    private static final String JOB = "<JobId>j</JobId><State>Success</State><Tag>VoiceSeparate</Tag>";
    private static final String JSON_JOB = "\"JobId\":\"j\",\"State\":\"Success\",\"Tag\":\"VoiceSeparate\"";

    private HostileShapes() {
    }

    /**
     * One class of body.
     *
     * @param key      a short name, for the benchmark
     * @param name     what it is
     * @param format   its format
     * @param rejected the kind of error it is rejected with in both modes, or {@code null} when lenient mode
     *                 accepts it (with warnings)
     * @param build    builds a body of about the size asked for, its names varied by the salt
     */
    public record Shape(String key, String name, WireFormat format, FindingKind rejected, BiFunction<Integer, Integer, String> build) {
        /**
         * @param size about how large, in bytes, at most the default body limit
         * @param salt varies the names, so that bodies built with different salts share none of them
         * @return the body
         */
        public byte[] body(int size, int salt) {
            return build.apply(Math.min(size, LIMITS.maxBodyBytes()) - 4096, salt).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name + " (" + format + ")";
        }
    }

    /** @return every shape */
    public static List<Shape> all() {
        int names = LIMITS.maxDistinctNames();
        int attributes = LIMITS.maxAttributes();
        int namespaces = LIMITS.maxNamespaces();
        var longName = "n".repeat(LIMITS.maxNameLength() + 1);
        return List.of(
                new Shape("elementNamesOverLimit", "distinct element names, far over the limit", WireFormat.XML, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> xml("<X>" + fill(size, i -> "<e" + salt + "_" + i + "/>") + "</X>")),
                new Shape("elementNames", "distinct element names, up to the limit", WireFormat.XML, null,
                        (size, salt) -> xml("<X>" + fill(size, i -> "<e" + salt + "_" + i % (names - 1) + "/>") + "</X>")),
                new Shape("attributeNamesOverLimit", "distinct attribute names, far over the limit", WireFormat.XML, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> xml(fill(size, i -> "<X a" + salt + "_" + i + "=\"1\"/>"))),
                new Shape("attributeNames", "distinct attribute names, up to the limit", WireFormat.XML, null,
                        (size, salt) -> xml(fill(size, i -> "<X a" + salt + "_" + i % (names - 1) + "=\"1\"/>"))),
                new Shape("piTargets", "distinct processing-instruction targets", WireFormat.XML, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> xml(fill(size, i -> "<?t" + salt + "_" + i + " d?>"))),
                new Shape("prefixes", "distinct namespace prefixes", WireFormat.XML, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> xml(fill(size, i -> "<X xmlns:p" + salt + "_" + i + "=\"urn:x\"/>"))),
                new Shape("namespaceUris", "distinct namespace URIs", WireFormat.XML, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> xml(fill(size, i -> "<X xmlns=\"urn:" + salt + ":" + i + "\"/>"))),
                new Shape("declarationsOnRoot", "9,990 declarations on the root, a million elements", WireFormat.XML, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> xmlWithRoot(declarations(9990, salt), "<X>" + fill(size - 250_000, i -> "<a/>") + "</X>")),
                new Shape("nestedDeclarations", "eight nested elements declaring prefixes each", WireFormat.XML, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> xml("<X>" + nested(8, attributes - 1, salt, size) + "</X>")),
                new Shape("declarations", "declarations to the limit, prefixed names and attributes", WireFormat.XML, null,
                        (size, salt) -> xmlWithRoot(declarations(namespaces - 1, salt),
                                "<X>" + fill(size, i -> "<p0:a" + prefixedAttributes(attributes - 1) + "/>") + "</X>")),
                new Shape("attributeValue", "an attribute value as large as the body", WireFormat.XML, null,
                        (size, salt) -> xml("<X a" + salt + "=\"" + "v".repeat(Math.max(size - 300, 0)) + "\"/>")),
                new Shape("longElementName", "a long element name", WireFormat.XML, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> xml("<" + longName + salt + "/>")),
                new Shape("longAttributeName", "a long attribute name", WireFormat.XML, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> xml("<X " + longName + salt + "=\"1\"/>")),
                new Shape("wideUnknownAtDepth", "wide unknown subtrees at the depth limit", WireFormat.XML, null,
                        (size, salt) -> xml("<X>".repeat(LIMITS.maxDepth() - 4) + fill(size, i -> "<a><b/></a>")
                                + "</X>".repeat(LIMITS.maxDepth() - 4))),
                new Shape("keysOverLimit", "distinct keys in one unknown object, far over the limit", WireFormat.JSON, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> json("\"X\":{" + fill(size, i -> (i == 0 ? "" : ",") + "\"k" + salt + "_"
                                + String.format("%030d", i) + "\":0") + "}")),
                new Shape("keys", "distinct keys up to the limit, in many objects", WireFormat.JSON, null,
                        (size, salt) -> json("\"X\":[" + fill(size, i -> (i == 0 ? "{" : i % (names - 1) == 0 ? "},{" : ",")
                                + "\"k" + salt + "_" + i % (names - 1) + "\":0") + "}]")),
                new Shape("longKey", "a long key", WireFormat.JSON, FindingKind.LIMIT_EXCEEDED,
                        (size, salt) -> json("\"" + longName + salt + "\":0")),
                new Shape("longKeys", "keys of the longest length allowed", WireFormat.JSON, null,
                        (size, salt) -> json("\"X\":[" + fill(size, i -> (i == 0 ? "{" : i % 500 == 0 ? "},{" : ",")
                                + "\"" + key(salt, i % 500) + "\":0") + "}]")));
    }

    /**
     * @param key a shape's short name
     * @return that shape
     */
    public static Shape byKey(String key) {
        return all().stream().filter(shape -> shape.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shape " + key));
    }

    private static String key(int salt, int i) {
        var prefix = "k" + salt + "_" + i + "_";
        return prefix + "x".repeat(LIMITS.maxNameLength() - prefix.length());
    }

    private static String declarations(int count, int salt) {
        var out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(" xmlns:p").append(i).append("=\"urn:").append(salt).append(':').append(i).append('"');
        }
        return out.toString();
    }

    private static String prefixedAttributes(int count) {
        var out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(" p").append(i).append(":b=\"1\"");
        }
        return out.toString();
    }

    /** Elements nested {@code depth} deep, each declaring {@code count} prefixes, around empty elements. */
    private static String nested(int depth, int count, int salt, int size) {
        var open = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            open.append("<Y").append(d);
            for (int i = 0; i < count; i++) {
                open.append(" xmlns:q").append(d).append('_').append(i).append("=\"urn:").append(salt).append('"');
            }
            open.append('>');
        }
        var close = new StringBuilder();
        for (int d = depth - 1; d >= 0; d--) {
            close.append("</Y").append(d).append('>');
        }
        return open + fill(size - 2 * open.length(), i -> "<a/>") + close;
    }

    /** Appends the pieces {@code 0, 1, 2, ...} until the text is about {@code size} characters long. */
    private static String fill(int size, java.util.function.IntFunction<String> piece) {
        var out = new StringBuilder(Math.max(size, 16));
        for (int i = 0; out.length() < size; i++) {
            out.append(piece.apply(i));
        }
        return out.toString();
    }

    private static String xml(String inJob) {
        return xmlWithRoot("", inJob);
    }

    private static String xmlWithRoot(String rootAttributes, String inJob) {
        return "<Response" + rootAttributes + "><EventName>TaskFinish</EventName><JobsDetail>" + JOB + inJob
                + "</JobsDetail></Response>";
    }

    private static String json(String inJob) {
        return "{\"EventName\":\"TaskFinish\",\"JobsDetail\":[{" + JSON_JOB + "," + inJob + "}]}";
    }
}
