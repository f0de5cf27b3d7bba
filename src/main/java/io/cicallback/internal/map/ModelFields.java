package io.cicallback.internal.map;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * The instance fields of the generated model classes, made accessible once per class, in declaration (schema)
 * order: what the walks over a whole model (pruning, printing, fingerprints) iterate, so that a node added to the schema
 * needs no change in them. A {@link ClassValue}, so no lookup takes a lock.
 */
public final class ModelFields {

    private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            return Arrays.stream(type.getDeclaredFields())
                    .filter(field -> !Modifier.isStatic(field.getModifiers()))
                    .peek(field -> field.setAccessible(true))
                    .toArray(Field[]::new);
        }
    };

    private ModelFields() {
    }

    /** @return the class's own instance fields; the array is shared: do not change it */
    public static Field[] of(Class<?> type) {
        return FIELDS.get(type);
    }

    /** @return the field's value in {@code node} */
    public static Object get(Field field, Object node) {
        try {
            return field.get(node);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
