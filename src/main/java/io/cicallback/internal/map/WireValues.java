package io.cicallback.internal.map;

import io.cicallback.internal.bind.LeafText;
import io.cicallback.value.CallbackDecimal;
import io.cicallback.value.CallbackTime;

/**
 * Conversions between the JSON wire form, where leaves are text, and the model's value types, for MapStruct.
 * They are {@link LeafText}'s, the same the XML binding uses, so both formats give the same values.
 */
public final class WireValues {

    /** @return the decimal the text spells, its text kept; {@code null} when malformed */
    public CallbackDecimal decimal(String text) {
        return LeafText.toDecimal(text);
    }

    /** @return the decimal's text as sent */
    public String decimalText(CallbackDecimal value) {
        return LeafText.fromDecimal(value);
    }

    /** @return the whole number the text spells; {@code null} when malformed */
    public Long integer(String text) {
        return LeafText.toLong(text);
    }

    /** @return the whole number as text */
    public String integerText(Long value) {
        return LeafText.fromNumber(value);
    }

    /** @return the time; {@code null} when malformed */
    public CallbackTime time(String text) {
        return LeafText.toTime(text);
    }

    /** @return the time's text as sent */
    public String timeText(CallbackTime time) {
        return LeafText.fromTime(time);
    }
}
