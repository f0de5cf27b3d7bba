package io.cicallback.internal.bind;

/** The XSD's {@code Time} text form as {@code CallbackTime}. */
public final class TimeAdapter extends LeafAdapter<io.cicallback.value.CallbackTime> {

    /** Used by the generated model. */
    public TimeAdapter() {
        super(LeafText::toTime, LeafText::fromTime);
    }
}
