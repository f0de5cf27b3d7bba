package io.cicallback.model;

import io.cicallback.internal.map.ModelFields;
import io.cicallback.validate.DisplayText;
import java.util.Collection;

/**
 * What every class of the callback model shares (xjc makes each extend it; the rest of the model is generated
 * from {@code callback.xsd}): a readable {@link #toString()}, such as
 * {@code Job{jobId=j406..., state=Success, tag=VoiceSeparate, operation=Operation{...}}}. Absent values and
 * empty lists are left out, and control characters from the body are escaped, so that a logged callback
 * cannot forge log lines. {@code equals} and {@code hashCode} are generated into each class.
 */
public abstract class ModelObject {

    /** For the generated subclasses. */
    protected ModelObject() {
    }

    @Override
    public String toString() {
        var out = new StringBuilder(getClass().getSimpleName()).append('{');
        boolean first = true;
        for (var field : ModelFields.of(getClass())) {
            var value = ModelFields.get(field, this);
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
}
