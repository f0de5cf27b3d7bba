package io.cicallback.value;

import io.cicallback.internal.bind.LeafText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A decimal number as Tencent sends it in a callback ({@code 128.147000}, {@code 13.688163}): at most 18 digits
 * before and 18 after the point, no exponent, no surrounding space.
 *
 * <p>The text is kept exactly as received, so writing a callback back out reproduces it: trailing zeros,
 * leading zeros and the sign of a zero ({@code -0.000}) included, which a {@link BigDecimal} alone would lose.
 * {@link #toBigDecimal()} gives the number. Immutable; equality is by text, so {@code 1.50} and {@code 1.5}
 * are different values of the model (compare {@link #toBigDecimal()}s with {@code compareTo} for the number).
 */
public final class CallbackDecimal implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The text exactly as received: the one serialised field. */
    private final String text;

    private CallbackDecimal(String text) {
        this.text = text;
    }

    /**
     * @param text a decimal's text as a callback carries it
     * @return the decimal, or empty when the text is not of the {@code Decimal} form
     */
    public static Optional<CallbackDecimal> parse(String text) {
        return isValid(text) ? Optional.of(new CallbackDecimal(text)) : Optional.empty();
    }

    /**
     * @param text a decimal's text, or {@code null}
     * @return whether the text is of the {@code Decimal} form
     */
    public static boolean isValid(String text) {
        return text != null && LeafText.isDecimal(text);
    }

    /**
     * @param text a decimal's text
     * @return the decimal
     * @throws IllegalArgumentException when the text is not of the {@code Decimal} form
     */
    public static CallbackDecimal of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a callback decimal (at most 18 digits"
                + " before and after the point, no exponent): " + text));
    }

    /**
     * @param value a number
     * @return the decimal written as its plain text, trailing zeros kept ({@code 128.000000})
     * @throws IllegalArgumentException when it has more than 18 digits before or after the point
     */
    public static CallbackDecimal of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return of(value.toPlainString());
    }

    /** @return the text exactly as received */
    public String text() {
        return text;
    }

    /** @return the number; {@code -0.000} gives zero of scale 3 */
    public BigDecimal toBigDecimal() {
        return new BigDecimal(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallbackDecimal that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return the text as received */
    @Override
    public String toString() {
        return text;
    }
}
