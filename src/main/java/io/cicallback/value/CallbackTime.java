package io.cicallback.value;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

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

    // parse() reads the schemas' Time pattern by position: a callback carries several times, and a formatter or
    // a regular expression per time was a tenth of a read. A test checks it against the pattern.
    /** Shortest and longest texts of that form apart from {@code -}: {@code 2022-07-01T10:12:26.123456789+08:00}. */
    private static final int MIN_LENGTH = 19;
    private static final int MAX_LENGTH = 35;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000};
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
        return Optional.ofNullable(parseMoment(text, true));
    }

    /** Stands for "valid" where {@link #isValid} asks {@link #parseMoment} not to build the instance. */
    private static final CallbackTime VALID = new CallbackTime(NOT_YET_TEXT, null, null);

    /**
     * Reads {@code yyyy-MM-dd[T ]HH:mm:ss[.fraction][Z|±HH[:]mm]} by position, checking the calendar by hand.
     *
     * @param build whether to build the instance, or only to tell whether the text is one ({@link #VALID})
     * @return the time, or {@code null} when the text is not one
     */
    private static CallbackTime parseMoment(String text, boolean build) {
        int length = text.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' && text.charAt(10) != ' ' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = MIN_LENGTH;
        int nanos = 0;
        if (at < length && text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && isDigit(text.charAt(at))) {
                at++;
            }
            int count = at - start;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = digits(text, start, count) * POWERS_OF_TEN[9 - count];
        }
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour > 23 || minute > 59 || second > 59) {
            return null; // no such day or clock time
        }
        int offsetSeconds = at == length ? 0 : offsetSeconds(text, at);
        if (offsetSeconds == NO_OFFSET) {
            return null;
        }
        if (!build) {
            return VALID;
        }
        var local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        return new CallbackTime(text, local, at == length ? null : ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    private static final int NO_OFFSET = Integer.MIN_VALUE;

    /**
     * @return the seconds of the offset {@code Z}, {@code ±HHmm} or {@code ±HH:mm} that ends the text at
     *         {@code at}, within ±18:00; else {@link #NO_OFFSET}
     */
    private static int offsetSeconds(String text, int at) {
        int rest = text.length() - at;
        char sign = text.charAt(at);
        if (sign == 'Z') {
            return rest == 1 ? 0 : NO_OFFSET;
        }
        if (sign != '+' && sign != '-' || rest != 5 && !(rest == 6 && text.charAt(at + 3) == ':')) {
            return NO_OFFSET;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + rest - 2, 2);
        if ((hours | minutes) < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
            return NO_OFFSET;
        }
        int seconds = (hours * 60 + minutes) * 60;
        return sign == '+' ? seconds : -seconds;
    }

    /** @return the number the ASCII digits at {@code start} spell, or -1 when one is not a digit */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * @param text a time's text as a callback carries it
     * @return whether {@link #parse} accepts the text
     */
    public static boolean isValid(String text) {
        return NOT_YET_TEXT.equals(text) || text != null && parseMoment(text, false) != null;
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
