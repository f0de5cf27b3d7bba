package io.cicallback.internal.bind;

/** The XSD's {@code Decimal} text form as a {@code CallbackDecimal}, its text kept. */
public final class DecimalAdapter extends LeafAdapter<io.cicallback.value.CallbackDecimal> {

    /** Used by the generated model. */
    public DecimalAdapter() {
        super(LeafText::toDecimal, LeafText::fromDecimal);
    }
}
