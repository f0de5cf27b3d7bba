package io.cicallback.internal.bind;

/** The XSD's {@code Decimal} text form as {@code BigDecimal}. */
public final class DecimalAdapter extends LeafAdapter<java.math.BigDecimal> {

    /** Used by the generated model. */
    public DecimalAdapter() {
        super(LeafText::toDecimal, LeafText::fromDecimal);
    }
}
