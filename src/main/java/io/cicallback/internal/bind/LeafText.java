package io.cicallback.internal.bind;

import io.cicallback.value.CallbackDecimal;
import io.cicallback.value.CallbackTime;

/**
 * The one place where leaf text becomes a Java value and back, for both wire formats (the JAXB adapters and
 * the JSON mapper call it). Parsing is strict and bounded: text that is not of its type's form gives
 * {@code null}, never an approximate value, and no text costs more than its length to parse. The forms are
 * those of the schemas' {@code Integer} and {@code Decimal} types (18 digits at most on each side of the point).
 */
public final class LeafText {

    /** Digits on either side of a decimal point, and in a whole number: always fits a {@code long}. */
    public static final int MAX_DIGITS = 18;

    /** The schemas' {@code Integer} pattern, which {@link #isInteger} decides. */
    public static final String INTEGER_FORM = "-?[0-9]{1," + MAX_DIGITS + "}";
    /**
     * The schemas' {@code JobLevel} pattern, which {@link #isInt} decides: a whole number that fits an {@code int},
     * written as {@code Integer.toString} writes it, so that the value gives back its text.
     */
    public static final String INT_FORM = "0|-?[1-9][0-9]{0,8}";
    /** The schemas' {@code Decimal} pattern, which {@link #isDecimal} decides. */
    public static final String DECIMAL_FORM = "-?[0-9]{1," + MAX_DIGITS + "}(\\.[0-9]{1," + MAX_DIGITS + "})?";

    private LeafText() {
    }

    /** @return the whole number the text spells, or {@code null} when it is not of the {@code Integer} form */
    public static Long toLong(String text) {
        return text != null && isInteger(text) ? Long.valueOf(text) : null;
    }

    /** @return the number the text spells if it is a whole number within {@code int}, else {@code null} */
    public static Integer toInteger(String text) {
        var value = toLong(text);
        return value != null && value == value.intValue() ? value.intValue() : null;
    }

    /** @return the decimal the text spells, its text kept as sent, or {@code null} when malformed */
    public static CallbackDecimal toDecimal(String text) {
        return CallbackDecimal.parse(text).orElse(null);
    }

    /*
     * The forms are decided by hand, in one pass without allocating: a callback carries dozens of numbers, and
     * a regular expression per number was a tenth of a read. LeafFormsTest checks each against its pattern.
     */

    /** @return whether the text is of the {@link #INTEGER_FORM}: an optional minus, then 1 to 18 ASCII digits */
    public static boolean isInteger(String text) {
        int digits = digitsFrom(text, text.startsWith("-") ? 1 : 0);
        return digits >= 1 && digits <= MAX_DIGITS && (text.startsWith("-") ? 1 : 0) + digits == text.length();
    }

    /** @return whether the text is of the {@link #INT_FORM}: {@code 0}, or an optional minus and 1 to 9 digits, the first not 0 */
    public static boolean isInt(String text) {
        if (text.equals("0")) {
            return true;
        }
        int sign = text.startsWith("-") ? 1 : 0;
        int digits = digitsFrom(text, sign);
        return digits >= 1 && digits <= 9 && sign + digits == text.length() && text.charAt(sign) != '0';
    }

    /** @return whether the text is of the {@link #DECIMAL_FORM}: an integer part, then optionally a point and 1 to 18 digits */
    public static boolean isDecimal(String text) {
        int sign = text.startsWith("-") ? 1 : 0;
        int whole = digitsFrom(text, sign);
        if (whole < 1 || whole > MAX_DIGITS) {
            return false;
        }
        int point = sign + whole;
        if (point == text.length()) {
            return true;
        }
        if (text.charAt(point) != '.') {
            return false;
        }
        int fraction = digitsFrom(text, point + 1);
        return fraction >= 1 && fraction <= MAX_DIGITS && point + 1 + fraction == text.length();
    }

    /** @return how many ASCII digits follow one another from {@code start} */
    private static int digitsFrom(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end - start;
    }

    /** @return the decimal's text as sent; {@code null} for {@code null} */
    public static String fromDecimal(CallbackDecimal value) {
        return value == null ? null : value.text();
    }

    /** @return the number's text; {@code null} for {@code null} */
    public static String fromNumber(Number value) {
        return value == null ? null : value.toString();
    }

    /** @return the time, or {@code null} when the text is not a callback time */
    public static CallbackTime toTime(String text) {
        return text == null ? null : CallbackTime.parse(text).orElse(null);
    }

    /** @return the time's text as sent; {@code null} for {@code null} */
    public static String fromTime(CallbackTime time) {
        return time == null ? null : time.text();
    }
}
