package io.cicallback.value;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds the XSD's {@code Time} type to {@link CallbackTime}, keeping the text as sent. */
public final class CallbackTimeAdapter extends XmlAdapter<String, CallbackTime> {

    @Override
    public CallbackTime unmarshal(String text) {
        return CallbackTime.of(text);
    }

    @Override
    public String marshal(CallbackTime time) {
        return time == null ? null : time.text();
    }
}
