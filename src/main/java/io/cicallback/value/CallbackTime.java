package io.cicallback.value;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time as Tencent sends it in a callback: {@code 2022-07-01T10:12:26+0800}, also seen with a colon in the
 * offset, a space instead of {@code T}, without an offset, or as {@code -} for a time that has not happened yet.
 *
 * <p>The text is kept exactly as received, so writing a callback back out reproduces it. Every instance is a
 * real moment of the calendar (no February 30, no hour 24, offsets within ±18:00) or {@code -}: a text that
 * is not is refused when the instance is made, so the parsed forms never differ from what was sent.
 * Immutable; equality is by text.
 */
public final class CallbackTime implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The text Tencent uses for a time that has not happened yet. */
    public static final String NOT_YET_TEXT = "-";

    /** The schemas' {@code Time} pattern; checked before parsing, so that only these shapes reach the parser. */
    private static final Pattern FORM = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[-+][0-9]{2}:?[0-9]{2})?");
    /** Longest text of that form: {@code 2022-07-01T10:12:26.123456789+08:00}. */
    private static final int MAX_LENGTH = 35;

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

    /** The text exactly as received: the one serialised field. */
    private final String text;
    /** The parsed forms, {@code null} for {@code -}; derived from the text, which alone is serialised. */
    private final transient LocalDateTime local;
    private final transient ZoneOffset offset;

    private CallbackTime(String text, LocalDateTime local, ZoneOffset offset) {
        this.text = text;
        this.local = local;
        this.offset = offset;
    }

    /**
     * @param text a time's text as a callback carries it
     * @return the time, or empty when the text is not of the {@code Time} form or names no real moment
     */
    public static Optional<CallbackTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (NOT_YET_TEXT.equals(text)) {
            return Optional.of(new CallbackTime(text, null, null));
        }
        if (text.length() > MAX_LENGTH || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            int offsetAt = offsetStart(text);
            var local = LocalDateTime.parse(text.substring(0, offsetAt).replace(' ', 'T'), LOCAL);
            var offset = offsetAt == text.length() ? null : ZoneOffset.of(text.substring(offsetAt).length() == 5
                    ? text.substring(offsetAt, offsetAt + 3) + ":" + text.substring(offsetAt + 3) : text.substring(offsetAt));
            return Optional.of(new CallbackTime(text, local, offset));
        } catch (DateTimeException e) { // an impossible date, hour or offset
            return Optional.empty();
        }
    }

    /**
     * @param text a time's text as a callback carries it
     * @return whether {@link #parse} accepts the text
     */
    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /**
     * @param text a time's text as a callback carries it
     * @return the time
     * @throws IllegalArgumentException when the text is not a callback time
     */
    public static CallbackTime of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a callback time: '" + text + "'"));
    }

    /**
     * @param moment a moment with its offset; fractions of a second are dropped, as Tencent writes none
     * @return the moment written as Tencent writes it, e.g. {@code 2022-07-01T10:12:26+0800}
     */
    public static CallbackTime of(OffsetDateTime moment) {
        return of(moment.withNano(0).format(WRITTEN));
    }

    /** @return the time that has not happened yet, {@code -} */
    public static CallbackTime notYet() {
        return of(NOT_YET_TEXT);
    }

    /** @return the text exactly as received */
    public String text() {
        return text;
    }

    /** @return {@code true} when the text is {@code -}: the moment has not happened yet */
    public boolean isNotYet() {
        return local == null;
    }

    /** @return the time with its offset; empty for {@code -} or a time sent without an offset */
    public Optional<OffsetDateTime> toOffsetDateTime() {
        return local == null || offset == null ? Optional.empty() : Optional.of(OffsetDateTime.of(local, offset));
    }

    /** @return the instant; empty for {@code -} or a time sent without an offset */
    public Optional<Instant> toInstant() {
        return toOffsetDateTime().map(OffsetDateTime::toInstant);
    }

    /** @return the wall-clock time as sent, ignoring any offset; empty for {@code -} */
    public Optional<LocalDateTime> toLocalDateTime() {
        return Optional.ofNullable(local);
    }

    private static int offsetStart(String text) {
        for (int i = 19; i < text.length(); i++) { // after yyyy-MM-ddTHH:mm:ss
            char c = text.charAt(i);
            if (c == 'Z' || c == '+' || c == '-') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Serialised as its text, and checked again when read back.
     *
     * @return the time the text names
     */
    private Object readResolve() {
        return of(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallbackTime that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
