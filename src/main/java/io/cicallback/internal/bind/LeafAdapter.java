package io.cicallback.internal.bind;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.util.function.Function;

/**
 * Binds one of the XSD's bounded text forms to a Java value type through {@link LeafText}, so that XML and
 * JSON convert leaves with the same code: a value is exact, or absent when its text is not of the form. xjc
 * names one concrete subclass per type in {@code callback.xjb}.
 *
 * @param <T> the Java value type
 */
public abstract class LeafAdapter<T> extends XmlAdapter<String, T> {

    private final Function<String, T> parse;
    private final Function<T, String> print;

    LeafAdapter(Function<String, T> parse, Function<T, String> print) {
        this.parse = parse;
        this.print = print;
    }

    @Override
    public final T unmarshal(String text) {
        return parse.apply(text);
    }

    @Override
    public final String marshal(T value) {
        return print.apply(value);
    }
}
