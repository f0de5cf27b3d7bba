package io.cicallback.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.value.CallbackTime;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The hand-written deciders of the schemas' patterns against the patterns themselves, and the hand-written
 * time parser against the formatter it replaced, on generated near-miss texts: the fast path may only be
 * faster, never of another opinion.
 */
class LeafFormsTest {

    private static final long SEED = Long.getLong("cicallback.seed", System.nanoTime());
    private static final int TEXTS = 200_000;

    @Test
    void everyPatternInTheSchemasHasADecider() {
        var patterns = new ArrayList<String>();
        collect(CallbackSchemas.get().xmlTree(), patterns);
        collect(CallbackSchemas.get().jsonTree(), patterns);
        assertThat(patterns).isNotEmpty().allSatisfy(pattern -> assertThat(LeafRules.DECIDERS).containsKey(pattern));
    }

    static Stream<String> patterns() {
        return LeafRules.DECIDERS.keySet().stream().filter(pattern -> !pattern.equals(LeafRules.TIME_FORM));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void eachDeciderAgreesWithItsPattern(String pattern) {
        var compiled = Pattern.compile(pattern);
        var decider = LeafRules.decider(pattern);
        var random = new Random(SEED);
        int matched = 0;
        for (int i = 0; i < TEXTS; i++) {
            var text = nearMiss(random, "-0123456789.", List.of("1", "123456789012345678", "1.5", "-7", "1000", "8", "abc"));
            boolean expected = compiled.matcher(text).matches();
            assertThat(decider.test(text)).as("'%s' (seed %d)", text, SEED).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).as("texts that match, of " + TEXTS).isBetween(TEXTS / 100, TEXTS - TEXTS / 100);
    }

    @Test
    void theTimeParserAgreesWithThePatternAndTheCalendar() {
        var random = new Random(SEED);
        int valid = 0;
        for (int i = 0; i < TEXTS; i++) {
            var text = nearMiss(random, "0123456789-:+TZ .", List.of("2022-07-01T10:12:26+0800", "2022-07-01 10:12:26",
                    "2024-02-29T23:59:59.123456789+08:00", "2023-02-28T00:00:00Z", "2022-07-01T10:12:26-18:00", "-"));
            var expected = reference(text);
            var actual = CallbackTime.parse(text);
            assertThat(actual.isPresent()).as("'%s' (seed %d)", text, SEED).isEqualTo(expected.isPresent());
            assertThat(CallbackTime.isValid(text)).as("'%s'", text).isEqualTo(expected.isPresent());
            assertThat(LeafRules.DECIDERS.get(LeafRules.TIME_FORM).test(text)).isEqualTo(expected.isPresent());
            if (expected.isPresent() && !text.equals("-")) {
                var time = actual.orElseThrow();
                assertThat(time.toLocalDateTime()).as(text).contains(expected.get().local());
                assertThat(time.toOffsetDateTime().map(OffsetDateTime::getOffset)).as(text)
                        .isEqualTo(Optional.ofNullable(expected.get().offset()));
                valid++;
            }
        }
        assertThat(valid).as("valid times, of " + TEXTS).isBetween(TEXTS / 100, TEXTS - TEXTS / 100);
    }

    /** White space of every kind, other digits, and both halves of a surrogate pair (each may come alone). */
    private static final String ODD = "\t\n\u000B\f\r\u00A0٣\uD83D\uDE00x";

    /** A seed text with a few random edits from the alphabet, or random text of it, sometimes long. */
    private static String nearMiss(Random random, String alphabet, List<String> seeds) {
        var text = new StringBuilder(random.nextInt(4) == 0 ? "" : seeds.get(random.nextInt(seeds.size())));
        if (random.nextInt(10) == 0) {
            text.append(String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))).repeat(random.nextInt(300)));
        }
        for (int edits = random.nextInt(4); edits > 0 || text.isEmpty() && random.nextBoolean(); edits--) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            char c = random.nextInt(20) == 0 ? ODD.charAt(random.nextInt(ODD.length()))
                    : alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, c);
                case 1 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < text.length()) {
                        text.setCharAt(at, c);
                    }
                }
            }
        }
        return text.toString();
    }

    private record Moment(LocalDateTime local, ZoneOffset offset) {
    }

    private static final Pattern TIME = Pattern.compile(LeafRules.TIME_FORM);
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd").appendLiteral('T').appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    /** The parser the hand-written one replaced: the pattern, then java.time's strict formatter. */
    private static Optional<Moment> reference(String text) {
        if (!TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        if (text.equals("-")) {
            return Optional.of(new Moment(null, null));
        }
        int offsetAt = text.length();
        for (int i = 19; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'Z' || c == '+' || c == '-') {
                offsetAt = i;
                break;
            }
        }
        try {
            var local = LocalDateTime.parse(text.substring(0, offsetAt).replace(' ', 'T'), LOCAL);
            var offsetText = text.substring(offsetAt);
            var offset = offsetText.isEmpty() ? null : ZoneOffset.of(offsetText.length() == 5
                    ? offsetText.substring(0, 3) + ":" + offsetText.substring(3) : offsetText);
            return Optional.of(new Moment(local, offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void collect(SchemaNode node, List<String> out) {
        if (node.pattern() != null) {
            out.add(node.pattern());
        }
        node.children().values().forEach(child -> collect(child, out));
    }
}
