package io.cicallback.map;

import io.cicallback.value.CallbackTime;
import java.math.BigDecimal;

/**
 * Conversions between the JSON wire form, where every leaf is text, and the model's value types. The
 * validators have checked the text's form before any of these run.
 */
public final class WireValues {

    /** @return the decimal the text spells, scale (trailing zeros) included */
    public BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text.strip());
    }

    /** @return the decimal as plain text: never exponent notation, trailing zeros kept */
    public String decimalText(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** @return the whole number the text spells */
    public Long integer(String text) {
        return text == null ? null : Long.valueOf(text.strip().replaceFirst("^\\+", ""));
    }

    /** @return the whole number as text */
    public String integerText(Long value) {
        return value == null ? null : value.toString();
    }

    /** @return the time, text kept as sent */
    public CallbackTime time(String text) {
        return CallbackTime.of(text);
    }

    /** @return the time's text as sent */
    public String timeText(CallbackTime time) {
        return time == null ? null : time.text();
    }
}
