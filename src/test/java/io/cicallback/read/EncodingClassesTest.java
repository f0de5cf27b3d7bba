package io.cicallback.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.Exhaustive;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cicallback.CallbackBodies;
import io.cicallback.Fixtures;
import io.cicallback.validate.FindingKind;
import io.cicallback.value.WireFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes that are not what they claim to be: invalid UTF-8 (overlong forms, surrogates, code points past
 * U+10FFFF, bytes no UTF-8 has, lone continuation bytes, cut sequences), JSON that is not UTF-8, and XML 1.1,
 * which lets in control characters no callback value can hold. Each class is generated and put in every leaf
 * position and in names; every body is refused in both formats and both modes, as not well-formed or, for
 * XML 1.1, as a forbidden construct.
 */
@Exhaustive
class EncodingClassesTest {

    private static final CallbackReader[] READERS = {Fixtures.STRICT, Fixtures.LENIENT};
    private static final long SEED = Long.getLong("cicallback.seed", 20261201L);
    private static final String MARK = "@@X@@";

    /** One class of invalid UTF-8: draws a sequence of it. */
    record InvalidUtf8(String name, Function<Random, byte[]> draw) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<InvalidUtf8> invalidUtf8() {
        return Stream.of(
                new InvalidUtf8("overlong two-byte form", r -> bytes(0xC0 + r.nextInt(2), continuation(r))),
                new InvalidUtf8("overlong three-byte form", r -> bytes(0xE0, 0x80 + r.nextInt(0x20), continuation(r))),
                new InvalidUtf8("overlong four-byte form", r -> bytes(0xF0, 0x80 + r.nextInt(0x10), continuation(r), continuation(r))),
                new InvalidUtf8("encoded surrogate", r -> bytes(0xED, 0xA0 + r.nextInt(0x20), continuation(r))),
                new InvalidUtf8("past U+10FFFF", r -> bytes(0xF4, 0x90 + r.nextInt(0x30), continuation(r), continuation(r))),
                new InvalidUtf8("a byte no UTF-8 has", r -> bytes(0xF5 + r.nextInt(11), continuation(r), continuation(r), continuation(r))),
                new InvalidUtf8("lone continuation byte", r -> bytes(continuation(r))),
                new InvalidUtf8("cut sequence", r -> switch (r.nextInt(3)) {
                    case 0 -> bytes(0xC2 + r.nextInt(30));
                    case 1 -> bytes(0xE1 + r.nextInt(12), continuation(r));
                    default -> bytes(0xF0, 0x90 + r.nextInt(0x30), continuation(r));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsRefusedInEveryValueAndNameInBothFormats(InvalidUtf8 invalid) {
        var random = new Random(SEED ^ invalid.name().hashCode());
        var full = CallbackBodies.full(random);
        var bodies = new ArrayList<Body>();
        for (var leaf : CallbackBodies.leaves()) {
            for (var format : WireFormat.values()) {
                var text = CallbackBodies.write(CallbackBodies.with(full, leaf, JsonNodeFactory.instance.textNode(MARK)), format);
                bodies.add(new Body(leaf.path() + " as " + format, format, text));
            }
        }
        var xml = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-job.xml"));
        var json = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-workflow.json"));
        bodies.add(new Body("an unknown element's name", WireFormat.XML, insert(xml, "<Tag>", "<N" + MARK + "/>")));
        bodies.add(new Body("an attribute value", WireFormat.XML, insert(xml, "<Tag>", "<N a=\"" + MARK + "\"/>")));
        bodies.add(new Body("a comment", WireFormat.XML, insert(xml, "<Tag>", "<!--" + MARK + "-->")));
        bodies.add(new Body("an unknown key", WireFormat.JSON, insert(json, "\"JobId\"", "\"N" + MARK + "\": 1, ")));
        bodies.add(new Body("an unknown value", WireFormat.JSON, insert(json, "\"JobId\"", "\"N\": \"" + MARK + "\", ")));
        for (var body : bodies) {
            var bytes = replace(body.bytes, concat("a", invalid.draw.apply(random), "b"));
            for (var reader : READERS) {
                var cost = ReadCost.of(reader, bytes, body.format);
                assertThat(cost.rejectedWith()).as(invalid + " in " + body.name + " in " + reader.mode() + ": " + cost)
                        .containsExactly(FindingKind.NOT_WELL_FORMED);
            }
        }
    }

    @Test
    void anOverlongSlashDoesNotBecomeAPath() {
        var overlong = new ByteArrayOutputStream();
        for (var part : new String[] {"..", "..", "etc", "passwd"}) {
            overlong.writeBytes(part.getBytes(StandardCharsets.US_ASCII));
            if (!part.equals("passwd")) {
                overlong.writeBytes(bytes(0xC0, 0xAF));
            }
        }
        var json = Fixtures.bytes(Fixtures.EXAMPLES.resolve("doc-en-workflow.json"));
        var body = replace(insert(json, "\"JobId\"", "\"N\": \"" + MARK + "\", "), overlong.toByteArray());
        for (var reader : READERS) {
            assertThat(ReadCost.of(reader, body, WireFormat.JSON).rejectedWith()).containsExactly(FindingKind.NOT_WELL_FORMED);
        }
    }

    @Test
    void jsonThatIsNotUtf8IsRefusedAndUtf16WithItsMarkIsCheckedToo() {
        var text = Fixtures.text(Fixtures.EXAMPLES.resolve("doc-en-workflow.json"));
        var withoutMark = List.of(text.getBytes(StandardCharsets.UTF_16BE), text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(java.nio.charset.Charset.forName("UTF-32BE")),
                (text.substring(0, 20) + "\u0000" + text.substring(20)).getBytes(StandardCharsets.UTF_8));
        var loneSurrogate = text.replace("\"JobId\"", "\"N\": \"a\ud800b\", \"JobId\"");
        var withMark = List.of(utf16(loneSurrogate, true), utf16(loneSurrogate, false));
        for (var reader : READERS) {
            for (var body : withoutMark) {
                assertThat(ReadCost.of(reader, body, WireFormat.JSON).rejectedWith()).containsExactly(FindingKind.NOT_WELL_FORMED);
            }
            for (var body : withMark) {
                assertThat(ReadCost.of(reader, body, WireFormat.JSON).rejectedWith()).containsExactly(FindingKind.NOT_WELL_FORMED);
            }
            assertThat(ReadCost.of(reader, utf16(text, true), WireFormat.JSON).accepted()).isTrue();
        }
    }

    @Test
    void xml11IsRefusedWithOrWithoutTheControlCharactersItLetsIn() {
        var full = CallbackBodies.full(new Random(SEED));
        var controls = List.of("&#x1;", "&#x1B;", "&#x7;", "&#x85;", "");
        int read = 0;
        for (var leaf : CallbackBodies.leaves()) {
            if (!"string".equals(leaf.node().leafType())) {
                continue;
            }
            var text = new String(CallbackBodies.write(CallbackBodies.with(full, leaf,
                    JsonNodeFactory.instance.textNode(MARK)), WireFormat.XML), StandardCharsets.UTF_8)
                    .replace("version=\"1.0\"", "version=\"1.1\"");
            for (var control : controls) {
                var body = text.replace(MARK, "a" + control + "b").getBytes(StandardCharsets.UTF_8);
                for (var reader : READERS) {
                    var cost = ReadCost.of(reader, body, WireFormat.XML);
                    assertThat(cost.rejectedWith()).as(leaf.path() + " = a" + control + "b in " + reader.mode())
                            .containsExactly(FindingKind.FORBIDDEN_CONSTRUCT);
                    read++;
                }
            }
        }
        assertThat(read).as("string leaves covered").isGreaterThan(20);
    }

    private record Body(String name, WireFormat format, byte[] bytes) {
    }

    private static byte[] utf16(String text, boolean bigEndian) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(bigEndian ? bytes(0xFE, 0xFF) : bytes(0xFF, 0xFE));
        for (char c : text.toCharArray()) { // char by char, so that a lone surrogate is written as it is
            out.writeBytes(bigEndian ? bytes(c >> 8, c & 0xFF) : bytes(c & 0xFF, c >> 8));
        }
        return out.toByteArray();
    }

    private static int continuation(Random random) {
        return 0x80 + random.nextInt(0x40);
    }

    private static byte[] bytes(int... values) {
        var out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** @return the body with {@code text} inserted before the first {@code before} */
    private static byte[] insert(byte[] body, String before, String text) {
        var string = new String(body, StandardCharsets.UTF_8);
        int at = string.indexOf(before);
        return (string.substring(0, at) + text + string.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** @return the body with {@link #MARK} replaced by raw bytes */
    private static byte[] replace(byte[] body, byte[] with) {
        var string = new String(body, StandardCharsets.UTF_8);
        int at = string.indexOf(MARK);
        var out = new ByteArrayOutputStream();
        out.writeBytes(string.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(with);
        out.writeBytes(string.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
