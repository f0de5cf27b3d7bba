package io.cicallback.value;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.DateTimeException;
import java.time.temporal.ChronoField;
import java.util.Objects;
import java.util.Optional;

/**
 * A time as Tencent sends it in a callback: {@code 2022-07-01T10:12:26+0800}, also seen with a colon in the
 * offset, a space instead of {@code T}, or as {@code -} for a time that has not happened yet.
 *
 * <p>The text is kept exactly as received, so writing a callback back out reproduces it; the parsed forms
 * are computed on demand. Instances are immutable; equality is by text.
 */
public final class CallbackTime implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The text Tencent uses for a time that has not happened yet. */
    public static final String NOT_YET_TEXT = "-";

    // One parser for every accepted shape: 'T' or space, optional fraction, offset with or without colon.
    private static final DateTimeFormatter LENIENT_SHAPES = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private final String text;

    private CallbackTime(String text) {
        this.text = text;
    }

    /**
     * Wraps the text of a time node. Never fails: whether the text is a valid time is the validators'
     * concern, and a malformed value must stay readable.
     *
     * @param text the node's text; {@code null} gives {@code null}
     * @return the time, or {@code null} for {@code null}
     */
    public static CallbackTime of(String text) {
        return text == null ? null : new CallbackTime(text);
    }

    /** @return the text exactly as received */
    public String text() {
        return text;
    }

    /** @return {@code true} when the text is {@code -}: the moment has not happened yet */
    public boolean isNotYet() {
        return NOT_YET_TEXT.equals(text.strip());
    }

    /**
     * @return the time with its offset, empty when the text is {@code -}, carries no offset or is not a time
     */
    public Optional<OffsetDateTime> toOffsetDateTime() {
        return parse().filter(parsed -> parsed.offset != null)
                .map(parsed -> OffsetDateTime.of(parsed.local, parsed.offset));
    }

    /** @return the wall-clock time as sent, ignoring any offset; empty when not a time */
    public Optional<LocalDateTime> toLocalDateTime() {
        return parse().map(parsed -> parsed.local);
    }

    private Optional<Parsed> parse() {
        if (isNotYet()) {
            return Optional.empty();
        }
        try {
            var accessor = LENIENT_SHAPES.parse(text.strip());
            var local = LocalDateTime.from(accessor);
            var offset = accessor.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(accessor) : null;
            return Optional.of(new Parsed(local, offset));
        } catch (DateTimeException e) { // includes DateTimeParseException
            return Optional.empty();
        }
    }

    private record Parsed(LocalDateTime local, ZoneOffset offset) {
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
