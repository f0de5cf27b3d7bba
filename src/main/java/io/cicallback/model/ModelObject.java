package io.cicallback.model;

import io.cicallback.validate.DisplayText;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What every class of the callback model shares (xjc makes each extend it; the rest of the model is generated
 * from {@code callback.xsd}): a readable {@link #toString()}, such as
 * {@code Job{jobId=j406..., state=Success, tag=VoiceSeparate, operation=Operation{...}}}. Absent values and
 * empty lists are left out, and control characters from the body are escaped, so that a logged callback
 * cannot forge log lines. {@code equals} and {@code hashCode} are generated into each class.
 */
public abstract class ModelObject {

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    /** For the generated subclasses. */
    protected ModelObject() {
    }

    @Override
    public String toString() {
        var out = new StringBuilder(getClass().getSimpleName()).append('{');
        boolean first = true;
        for (var field : fields(getClass())) {
            Object value;
            try {
                value = field.get(this);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
            if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
                continue;
            }
            out.append(first ? "" : ", ").append(field.getName()).append('=')
                    .append(value instanceof ModelObject || value instanceof Collection<?> ? value.toString()
                            : DisplayText.escape(String.valueOf(value)));
            first = false;
        }
        return out.append('}').toString();
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> Stream.of(t.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .peek(f -> f.setAccessible(true))
                .toList());
    }
}
