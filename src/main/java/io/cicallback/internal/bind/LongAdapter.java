package io.cicallback.internal.bind;

/** The XSD's {@code Integer} text form as {@code Long}. */
public final class LongAdapter extends LeafAdapter<Long> {

    /** Used by the generated model. */
    public LongAdapter() {
        super(LeafText::toLong, LeafText::fromNumber);
    }
}
