package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Exhaustive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cicallback.CallbackBodies;
import io.cicallback.CallbackBodies.Leaf;
import io.cicallback.Fixtures;
import io.cicallback.RandomCallbacks;
import io.cicallback.value.WireFormat;
import io.cicallback.model.TaskFinishCallback;
import io.cicallback.validate.CallbackRejectedException;
import io.cicallback.validate.ValidationMode;
import io.cicallback.validate.FindingKind;
import io.cicallback.validate.InputLimits;
import io.cicallback.write.CallbackWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Classes of hostile bodies, generated over every leaf position the schema has, read in both formats and both
 * modes. Each read must end in a result or a {@link CallbackRejectedException};
 * every accepted model must be written as XML and as JSON and read back equal in the same mode; and each
 * class has the outcome its rule promises (values exact or absent, required means required, limits reject).
 */
@Exhaustive
class HostileClassesTest {

    private static final CallbackReader[] READERS = {Fixtures.STRICT, Fixtures.LENIENT};
    private static final List<Leaf> LEAVES = CallbackBodies.leaves();
    private static final Set<String> NUMERIC = Set.of("Integer", "Decimal", "JobLevel", "AudioBitrate");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = Long.getLong("cicallback.seed", 20261124L);

    /** Texts no numeric leaf may take: exponents, digit runs, overflows, spaces, signs, other digits. */
    private static List<String> hostileNumbers(Random random) {
        var out = new ArrayList<>(List.of("1E+2147483647", "1e999999999", "1e-2147483648", "1e1000000", "-1e999",
                "4294967297", "99999999999", "9223372036854775808", "-9223372036854775809", "18446744073709551808",
                "1 2", "2-", " 13.688163 ", "+5", "0x10", "1.", ".5", "NaN", "Infinity", "١٢", "１２", "1_000",
                "1e5", "12.5e-3", "0.0000000000000000001", "1234567890123456789.5", "-0.000", "-0", "000000000000000001.5",
                "007", "-00.10"));
        for (int i = 0; i < 4; i++) {
            out.add("9".repeat(19 + random.nextInt(60)) + (random.nextBoolean() ? "" : "." + "1".repeat(1 + random.nextInt(30))));
        }
        return out;
    }

    static Stream<Leaf> leaves() {
        return LEAVES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leaves")
    void hostileNumbersInEveryPositionAreExactOrAbsent(Leaf leaf) {
        var random = new Random(SEED ^ leaf.path().hashCode());
        var full = CallbackBodies.full(random);
        var texts = hostileNumbers(random);
        java.util.Collections.shuffle(texts, random);
        for (var text : texts.subList(0, 6)) { // a different sample per position; every text over the suite
            for (var format : WireFormat.values()) {
                var body = CallbackBodies.write(CallbackBodies.with(full, leaf, NODES.textNode(text)), format);
                for (var reader : READERS) {
                    expectValueOutcome(reader, body, format, leaf, text);
                }
            }
            if (isJsonNumber(text)) { // the same text as a JSON number token, as Tencent sends JobLevel
                var token = text.strip();
                var body = CallbackBodies.write(CallbackBodies.with(full, leaf, CallbackBodies.rawJson(token)), WireFormat.JSON);
                for (var reader : READERS) {
                    if (token.chars().filter(Character::isDigit).count() > reader.limits().maxNumberLength()) {
                        assertThat(read(reader, body, WireFormat.JSON).rejectedWith()).as(token).contains(FindingKind.LIMIT_EXCEEDED);
                    } else {
                        expectValueOutcome(reader, body, WireFormat.JSON, leaf, token);
                    }
                }
            }
        }
    }

    /** Texts of no type's form, and the empty text: set aside (or absent) wherever a leaf has a form. */
    private static final List<String> MALFORMED = List.of("x", " 1 ", "", "-", "1e5", "１２", "2022-02-30T10:00:00+0800");

    static Stream<Leaf> allLeaves() {
        return CallbackBodies.allLeaves().stream();
    }

    /**
     * A malformed value alone in its containers, at every leaf position of every type: a lenient read sets it
     * aside and leaves no empty container behind, so the model writes in both formats and reads back equal.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allLeaves")
    void aMalformedValueAloneInItsContainersWritesAndReadsBackEqual(Leaf leaf) {
        var random = new Random(SEED ^ leaf.path().hashCode());
        for (var text : MALFORMED) {
            var tree = CallbackBodies.sparse(leaf, NODES.textNode(text), random);
            for (var format : WireFormat.values()) {
                var outcome = read(Fixtures.LENIENT, CallbackBodies.write(tree, format), format);
                if (outcome.model != null && !text.isEmpty() && !leaf.node().required()) {
                    var kept = valueAt(outcome.model, leaf);
                    assertThat(kept == null || kept.equals(text)).as(leaf.path() + " = '" + text + "' kept as " + kept).isTrue();
                }
            }
        }
    }

    @Test
    void digitRunsAndExponentsStayCheapAtTheBodyLimit() {
        var random = new Random(SEED);
        var full = CallbackBodies.full(random);
        var digits = "7".repeat(InputLimits.DEFAULT_MAX_BODY_BYTES - 20_000);
        var seen = new java.util.HashSet<String>();
        for (var leaf : LEAVES) {
            // One position of each numeric type, and text positions where numbers hide.
            var kind = NUMERIC.contains(leaf.node().leafType()) ? leaf.node().leafType() : leaf.node().name();
            if (!NUMERIC.contains(kind) && !Set.of("JobId", "Code", "Value").contains(kind) || !seen.add(kind)) {
                continue;
            }
            for (var format : WireFormat.values()) {
                var body = CallbackBodies.write(CallbackBodies.with(full, leaf, NODES.textNode(digits)), format);
                for (var reader : READERS) {
                    expectValueOutcome(reader, body, format, leaf, digits);
                }
            }
            var token = CallbackBodies.write(CallbackBodies.with(full, leaf, CallbackBodies.rawJson(digits)), WireFormat.JSON);
            for (var reader : READERS) {
                var outcome = read(reader, token, WireFormat.JSON);
                assertThat(outcome.rejectedWith()).as("a %d-digit number token is over the limit", digits.length())
                        .contains(FindingKind.LIMIT_EXCEEDED);
            }
        }
    }

    /** The outcome a value's rule promises at a leaf, and exactness of whatever is accepted. */
    private static void expectValueOutcome(CallbackReader reader, byte[] body, WireFormat format, Leaf leaf, String text) {
        var outcome = read(reader, body, format);
        var type = leaf.node().leafType();
        boolean validText = switch (type) {
            case "Integer" -> text.matches("-?[0-9]{1,18}");
            case "Decimal" -> text.matches("-?[0-9]{1,18}(\\.[0-9]{1,18})?");
            case "AudioBitrate" -> text.matches("[1-9][0-9]{0,3}") && Integer.parseInt(text) >= 8 && Integer.parseInt(text) <= 1000;
            case "Identifier" -> text.matches("\\S{1,256}");
            case "Time" -> io.cicallback.value.CallbackTime.isValid(text);
            default -> leaf.node().allowedValues().isEmpty() || leaf.node().allowedValues().contains(text);
        };
        var label = leaf.path() + " = '" + abbreviate(text) + "' as " + format + " in " + reader.mode();
        if (leaf.path().equals("Response.EventName") && !validText) {
            assertThat(outcome.rejectedWith()).as(label).contains(FindingKind.UNHANDLED_EVENT);
            return;
        }
        if (validText) {
            assertThat(outcome.model).as(label + " is accepted").isNotNull();
        } else if (reader.mode() == io.cicallback.validate.ValidationMode.STRICT || leaf.node().required()
                && !leaf.node().allowedValues().isEmpty() && text.isBlank()) {
            assertThat(outcome.model).as(label + " is rejected").isNull();
        }
        if (outcome.model != null) {
            var kept = valueAt(outcome.model, leaf);
            if (kept != null) {
                assertThat(sameValue(type, kept, text)).as(label + ": kept '" + abbreviate(kept) + "'").isTrue();
            }
            if (!validText && NUMERIC.contains(type) || !validText && "Time".equals(type)) {
                assertThat(kept).as(label + ": a malformed value is absent").isNull();
                if (text.length() <= 1024) {
                    assertThat(outcome.result.rawTextAt(leaf.path())).as(label + ": raw text kept").contains(text);
                }
            }
        }
    }

    private static boolean sameValue(String type, String kept, String sent) {
        if (NUMERIC.contains(type)) {
            return sent.length() < 100 && sent.matches("-?[0-9]+(\\.[0-9]+)?")
                    && new BigDecimal(kept).compareTo(new BigDecimal(sent)) == 0
                    && (!"Decimal".equals(type) || kept.equals(sent));
        }
        return kept.equals(sent);
    }

    @Test
    void requiredValuesMissingEmptyBlankOrNilAreRejectedInBothModes() {
        var full = CallbackBodies.full(new Random(SEED));
        for (var leaf : LEAVES) {
            if (!leaf.node().required()) {
                continue;
            }
            var variants = new ArrayList<JsonNode>(List.of(NODES.textNode(""), NODES.textNode("   "), NODES.textNode("\t\n"),
                    NODES.nullNode()));
            variants.add(null); // missing
            for (var variant : variants) {
                for (var format : WireFormat.values()) {
                    var tree = CallbackBodies.with(full, leaf, variant);
                    var body = CallbackBodies.write(tree, format);
                    if (format == WireFormat.XML && variant != null && variant.isNull()) {
                        body = new String(CallbackBodies.write(CallbackBodies.with(full, leaf, NODES.textNode("NIL")), format),
                                StandardCharsets.UTF_8).replace("<" + leaf.node().name() + ">NIL</" + leaf.node().name() + ">",
                                "<" + leaf.node().name() + " xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    for (var reader : READERS) {
                        var outcome = read(reader, body, format);
                        var label = leaf.path() + " = " + variant + " as " + format + " in " + reader.mode();
                        if (!leaf.node().absentTolerated()) {
                            assertThat(outcome.rejectedWith()).as(label).contains(FindingKind.MISSING_NODE);
                        } else if (reader.mode() == io.cicallback.validate.ValidationMode.STRICT) {
                            // (the nil variant's xsi:nil is an attribute, which no node documents)
                            assertThat(outcome.rejectedWith()).as(label).contains(FindingKind.MISSING_EXPECTED_NODE)
                                    .isSubsetOf(FindingKind.MISSING_EXPECTED_NODE, FindingKind.UNKNOWN_NODE);
                        } else { // lenient reads on, and says what was missing
                            assertThat(outcome.model).as(label).isNotNull();
                            assertThat(outcome.result.findings()).as(label).anySatisfy(f -> {
                                assertThat(f.kind()).isEqualTo(FindingKind.MISSING_EXPECTED_NODE);
                                assertThat(f.path()).isEqualTo(leaf.path());
                            });
                        }
                    }
                }
            }
        }
    }

    /**
     * A required node in a namespace is not the documented node, whatever the prefix or declaration: in its
     * place the node is missing, in both modes, as if it were not there at all.
     */
    @Test
    void aRequiredNodeInANamespaceIsMissingInBothModes() {
        var full = CallbackBodies.full(new Random(SEED));
        for (var leaf : LEAVES) {
            if (!leaf.node().required()) {
                continue;
            }
            var name = leaf.node().name();
            var xml = new String(CallbackBodies.write(CallbackBodies.with(full, leaf, NODES.textNode("@@V@@")),
                    WireFormat.XML), StandardCharsets.UTF_8);
            var value = CallbackBodies.escape(RandomCallbacks.value(leaf.node(), new Random(SEED)));
            for (var disguise : List.of("<x:" + name + " xmlns:x=\"urn:x\">" + value + "</x:" + name + ">",
                    "<" + name + " xmlns=\"urn:x\">" + value + "</" + name + ">",
                    "<" + name + " xmlns=\"urn:x\">" + value + "</" + name + "><" + name + " xmlns=\"urn:y\"/>")) {
                var original = "<" + name + ">@@V@@</" + name + ">";
                var body = xml.replace(original, disguise).getBytes(StandardCharsets.UTF_8);
                for (var reader : READERS) {
                    var outcome = read(reader, body, WireFormat.XML);
                    var label = leaf.path() + " as " + disguise + " in " + reader.mode();
                    if (!leaf.node().absentTolerated()) {
                        assertThat(outcome.model).as(label).isNull();
                    } else if (reader.mode() == io.cicallback.validate.ValidationMode.STRICT) {
                        assertThat(outcome.rejectedWith()).as(label).contains(FindingKind.MISSING_EXPECTED_NODE);
                    } else {
                        assertThat(outcome.result.findings()).as(label).anySatisfy(f -> {
                            assertThat(f.kind()).isEqualTo(FindingKind.MISSING_EXPECTED_NODE);
                            assertThat(f.path()).isEqualTo(leaf.path());
                        });
                    }
                }
            }
        }
    }

    @Test
    void impossibleTimesAreAFindingAndValidOnesNeverMove() {
        var random = new Random(SEED);
        var full = CallbackBodies.full(random);
        for (var leaf : LEAVES) {
            if (!"Time".equals(leaf.node().leafType())) {
                continue;
            }
            for (int i = 0; i < 40; i++) {
                var text = impossibleTime(random);
                for (var format : WireFormat.values()) {
                    var body = CallbackBodies.write(CallbackBodies.with(full, leaf, NODES.textNode(text)), format);
                    for (var reader : READERS) {
                        expectValueOutcome(reader, body, format, leaf, text);
                    }
                }
            }
            for (int i = 0; i < 40; i++) {
                var moment = OffsetDateTime.of(2000 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60), random.nextInt(60), 0,
                        java.time.ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800));
                var text = moment.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx"));
                var body = CallbackBodies.write(CallbackBodies.with(full, leaf, NODES.textNode(text)), WireFormat.XML);
                var outcome = read(Fixtures.STRICT, body, WireFormat.XML);
                assertThat(outcome.model).as(text).isNotNull();
                assertThat(io.cicallback.value.CallbackTime.of(valueAt(outcome.model, leaf)).toInstant())
                        .contains(moment.toInstant());
            }
        }
    }

    /** A date, hour, minute, second or offset that no calendar or clock has, in the Time pattern's shape. */
    private static String impossibleTime(Random random) {
        int year = 1970 + random.nextInt(100);
        String[] dates = {year + "-02-30", year + "-04-31", "2023-02-29", year + "-13-01", year + "-00-10", year + "-01-00",
            year + "-12-32", year + "-99-99"};
        String[] clocks = {"24:00:00", "10:60:00", "10:00:60", "99:99:99", "10:12:26"};
        String[] offsets = {"+9999", "+1900", "-1801", "+0860", "+08:60", "+0800", ""};
        var clock = clocks[random.nextInt(clocks.length)];
        var offset = offsets[random.nextInt(offsets.length)];
        var date = dates[random.nextInt(dates.length)];
        if (clock.equals("10:12:26") && Set.of("+0800", "").contains(offset)) {
            return date + "T" + clock + offset; // the date alone is impossible
        }
        return (random.nextBoolean() ? year + "-07-01" : date) + (random.nextBoolean() ? "T" : " ") + clock + offset;
    }

    @Test
    void charactersXmlCannotCarryAreRefusedAndTheRestSurviveBothFormats() {
        var full = CallbackBodies.full(new Random(SEED));
        var outsideXml = List.of("\u0000", "\u0001", "\u001b[31m", "\u000b", "\ufffe", "\uffff", "\ud800", "\udc00x");
        var insideXml = List.of("\r\n", "\t", "\u0085", "\u2028", "\u007f", "数据万象", "\ud83d\ude00", "&<>\"'");
        for (var leaf : LEAVES) {
            if (!leaf.node().isLeaf() || !leaf.node().leafType().equals("string")) {
                continue;
            }
            for (var chars : outsideXml) {
                var body = CallbackBodies.write(CallbackBodies.with(full, leaf, NODES.textNode("a" + chars + "b")), WireFormat.JSON);
                for (var reader : READERS) {
                    var outcome = read(reader, body, WireFormat.JSON);
                    if (outcome.model != null) {
                        assertThat(reader.mode()).as("strict refuses " + leaf.path()).isEqualTo(io.cicallback.validate.ValidationMode.LENIENT);
                        assertThat(valueAt(outcome.model, leaf)).as(leaf.path() + " in " + reader.mode()).isNull();
                    }
                }
                var xml = rawBytes(new String(CallbackBodies.write(CallbackBodies.with(full, leaf, NODES.textNode("@@X@@")),
                        WireFormat.XML), StandardCharsets.UTF_8).replace("@@X@@", "a" + chars + "b"));
                for (var reader : READERS) {
                    assertThat(read(reader, xml, WireFormat.XML).model).as(leaf.path() + " raw in XML").isNull();
                }
            }
            for (var chars : insideXml) {
                for (var format : WireFormat.values()) {
                    var body = CallbackBodies.write(CallbackBodies.with(full, leaf, NODES.textNode("a" + chars + "b")), format);
                    for (var reader : READERS) {
                        var outcome = read(reader, body, format);
                        assertThat(outcome.model).as(leaf.path()).isNotNull();
                        assertThat(valueAt(outcome.model, leaf)).isEqualTo("a" + chars + "b");
                    }
                }
            }
        }
    }

    @Test
    void repeatedNodesAreBoundedAndWarningsDoNotReject() {
        var limits = InputLimits.defaults();
        var job = "<JobId>j</JobId><State>Success</State><Tag>VoiceSeparate</Tag>";
        var jsonJob = "\"JobId\":\"j\",\"State\":\"Success\",\"Tag\":\"VoiceSeparate\"";
        record Shape(String name, String xmlEntry, String jsonEntry) {
        }
        var shapes = List.of(new Shape("empty Audio", "<Audio/>", "{}"),
                new Shape("invalid Audio", "<Audio><Duration>abc</Duration></Audio>", "{\"Duration\":\"abc\"}"),
                new Shape("new field in Audio", "<Audio><Index>1</Index><Loudness>-23</Loudness></Audio>",
                        "{\"Index\":\"1\",\"Loudness\":\"-23\"}"));
        for (var shape : shapes) {
            for (int count : new int[] {limits.maxRepeatedNodes() - 1, limits.maxRepeatedNodes() + 1, 300_000}) {
                var xml = ("<Response><EventName>TaskFinish</EventName><JobsDetail>" + job
                        + "<Operation><MediaInfo><Stream>" + shape.xmlEntry.repeat(count)
                        + "</Stream></MediaInfo></Operation></JobsDetail></Response>").getBytes(StandardCharsets.UTF_8);
                var json = ("{\"EventName\":\"TaskFinish\",\"JobsDetail\":[{" + jsonJob
                        + ",\"Operation\":{\"MediaInfo\":{\"Stream\":{\"Audio\":[" + String.join(",", java.util.Collections.nCopies(count, shape.jsonEntry))
                        + "]}}}}]}").getBytes(StandardCharsets.UTF_8);
                for (var format : WireFormat.values()) {
                    var body = format == WireFormat.XML ? xml : json;
                    if (body.length > limits.maxBodyBytes()) {
                        continue;
                    }
                    for (var reader : READERS) {
                        var outcome = read(reader, body, format);
                        var label = count + " x " + shape.name + " as " + format + " in " + reader.mode();
                        if (count > limits.maxRepeatedNodes()) {
                            assertThat(outcome.rejectedWith()).as(label).contains(FindingKind.LIMIT_EXCEEDED);
                        } else if (reader.mode() == io.cicallback.validate.ValidationMode.LENIENT) {
                            assertThat(outcome.model).as(label + " is accepted").isNotNull();
                            assertThat(outcome.result.findings()).as(label).hasSizeLessThanOrEqualTo(limits.maxWarnings() + 2);
                        } else if (!shape.name.equals("empty Audio")) {
                            assertThat(outcome.rejectedWith()).as(label).contains(FindingKind.LIMIT_EXCEEDED);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aStreamThatFailsOrStallsIsARejection() {
        var body = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-job.xml"));
        List<InputStream> streams = List.of(
                failing(body, new UncheckedIOException(new IOException("reset by peer"))),
                failing(body, new IllegalStateException("closed")),
                failing(body, null), // IOException
                new InputStream() { // returns 0 forever after half the body
                    int at;

                    @Override
                    public int read() {
                        return at < body.length / 2 ? body[at++] : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (at >= body.length / 2) {
                            return 0;
                        }
                        b[off] = body[at++];
                        return 1;
                    }
                });
        for (var stream : streams) {
            var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Fixtures.LENIENT.read(stream, null));
            assertThat(thrown).isInstanceOf(CallbackRejectedException.class);
        }
    }

    @Test
    void utf16BodiesWithAByteOrderMarkAreRead() throws Exception {
        for (var name : new String[] {"doc-en-job.xml", "doc-en-workflow.json"}) {
            var text = Fixtures.text(Fixtures.EXAMPLES.resolve(name));
            if (name.endsWith(".xml")) {
                text = text.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
            }
            for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
                var bytes = ("\ufeff" + text).getBytes(charset);
                assertThat(Fixtures.LENIENT.read(bytes, null).jobs()).as(name + " in " + charset).hasSize(1);
            }
        }
    }

    @Test
    void untrustedTextInFindingsIsEscaped() throws Exception {
        var json = "{\"EventName\":\"TaskFinish\",\"JobsDetail\":[{\"JobId\":\"j\",\"State\":\"Success\",\"Code\":\"S\\u001b[2Jx\","
                + "\"Tag\":\"VoiceSeparate\",\"X\\u001b]0;owned\\u0007\":\"\\u202e\"}]}";
        var result = Fixtures.LENIENT.read(json.getBytes(StandardCharsets.UTF_8), null);
        assertThat(result.findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.message()).doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
            assertThat(f.path()).doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
        });
    }

    /** UTF-8, except that a lone surrogate is written as its three bytes instead of being replaced by '?'. */
    private static byte[] rawBytes(String text) {
        var out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (Character.isSurrogate(c) && !paired) {
                out.write(0xE0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3F);
                out.write(0x80 | c & 0x3F);
            } else {
                var s = paired ? text.substring(i, ++i + 1) : String.valueOf(c);
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static InputStream failing(byte[] body, RuntimeException failure) {
        return new InputStream() {
            int at;

            @Override
            public int read() throws IOException {
                if (at < body.length / 2) {
                    return body[at++];
                }
                if (failure != null) {
                    throw failure;
                }
                throw new IOException("connection reset");
            }
        };
    }

    private static boolean isJsonNumber(String text) {
        return text.strip().matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + " chars)" : text;
    }

    /** What one read gave. */
    record Outcome(ReadResult result, io.cicallback.model.Callback model, CallbackRejectedException rejection) {
        List<FindingKind> rejectedWith() {
            return rejection == null ? List.of() : rejection.errors().stream().map(f -> f.kind()).toList();
        }
    }

    /** Per reader, one in the same mode with room for written forms, to read them back. */
    private static final java.util.Map<CallbackReader, CallbackReader> REREADERS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per reader, one of the same mode and limits whose every body takes the validators of record. */
    private static final java.util.Map<CallbackReader, CallbackReader> REFERENCES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Reads once under the hang guard. Anything but a result or the library's exception fails the test; an
     * accepted model must survive writing in both formats and reading back, equal, in the same mode, with the
     * limits for written forms.
     */
    static Outcome read(CallbackReader reader, byte[] body, WireFormat format) {
        var first = guarded(reader, body, format);
        if (reader.mode() == ValidationMode.LENIENT) {
            // The reader's own binding against the reference binders (JAXB, databind) behind the validators of
            // record, where models are made most (FastPathDifferentialTest compares both modes).
            var reference = guarded(REFERENCES.computeIfAbsent(reader, r -> CallbackReader.builder().mode(r.mode())
                    .limits(r.limits()).referencePath().build()), body, format);
            assertThat(first instanceof ReadResult).as("accepted on the fast path as on the reference path")
                    .isEqualTo(reference instanceof ReadResult);
            if (first instanceof ReadResult fast) {
                assertThat(fast.callback()).as("the model on both paths").isEqualTo(((ReadResult) reference).callback());
            }
        }
        if (first instanceof CallbackRejectedException e) {
            assertThat(e.errors()).isNotEmpty();
            return new Outcome(null, null, e);
        }
        var result = (ReadResult) first;
        var model = result.callback();
        var rereader = REREADERS.computeIfAbsent(reader, r -> CallbackReader.builder().mode(r.mode())
                .limits(r.limits().forWrittenForms()).build());
        for (var out : WireFormat.values()) {
            var written = (out == WireFormat.XML ? CallbackWriter.toXml(model) : CallbackWriter.toJson(model))
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(written.length).as("the %s form of a %d-byte body", out, body.length)
                    .isLessThanOrEqualTo(Math.max(body.length, 4096) * InputLimits.WRITTEN_FORM_GROWTH);
            var again = guarded(rereader, written, out);
            if (again instanceof CallbackRejectedException e) {
                throw new AssertionError("an accepted model written as " + out + " is rejected: " + e.findings(), e);
            }
            // The JSON documents say where they differ; the models, that nothing the documents leave out (an
            // empty container, say) differs.
            var reread = ((ReadResult) again).callback();
            assertThat(CallbackWriter.toJson(reread)).as("read back from " + out).isEqualTo(CallbackWriter.toJson(model));
            assertThat(reread).as("the model read back from " + out).isEqualTo(model);
        }
        return new Outcome(result, model, null);
    }

    /** @return the result or the library's exception; anything else thrown fails the test */
    private static Object guarded(CallbackReader reader, byte[] body, WireFormat format) {
        try {
            return reader.readAs(body, format);
        } catch (CallbackRejectedException e) {
            return e;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the leaf's value in the model, as the writer spells it, or {@code null} when absent */
    /**
     * @return the leaf's typed value as the model holds it, as text, or {@code null}: read from the JSON a copy of
     *         the model writes without its unknown nodes (where a lenient read keeps a malformed value's text)
     */
    static String valueAt(io.cicallback.model.Callback model, Leaf leaf) {
        try {
            JsonNode node = JSON.readTree(CallbackWriter.toJson(typedOnly(model)));
            for (var name : leaf.names()) {
                node = node.path(name);
                if (node.isArray()) {
                    node = node.path(0);
                }
            }
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a copy of the model without the unknown nodes kept in it */
    private static io.cicallback.model.Callback typedOnly(io.cicallback.model.Callback model) {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            try (var out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(model);
            }
            try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                var copy = (io.cicallback.model.Callback) in.readObject();
                clearUnknown(copy);
                return copy;
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void clearUnknown(Object value) {
        if (value instanceof io.cicallback.model.ModelObject node) {
            node.unknownNodes().clear();
            for (var field : io.cicallback.internal.map.ModelFields.of(node.getClass())) {
                clearUnknown(io.cicallback.internal.map.ModelFields.get(field, node));
            }
        } else if (value instanceof java.util.List<?> list) {
            list.forEach(HostileClassesTest::clearUnknown);
        }
    }
}
