package io.cicallback.internal.bind;

/** The XSD's {@code JobLevel and AudioBitrate} text form as {@code Integer}. */
public final class IntegerAdapter extends LeafAdapter<Integer> {

    /** Used by the generated model. */
    public IntegerAdapter() {
        super(LeafText::toInteger, LeafText::fromNumber);
    }
}
