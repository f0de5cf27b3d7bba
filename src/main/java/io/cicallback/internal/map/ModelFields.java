package io.cicallback.internal.map;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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

    /** The fields bound to elements, by their wire name (the same in both formats). */
    private static final ClassValue<Map<String, Field>> BY_WIRE_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            var byName = new HashMap<String, Field>();
            for (var field : of(type)) {
                var element = field.getAnnotation(XmlElement.class);
                if (element != null) {
                    byName.put(element.name(), field);
                }
            }
            return Map.copyOf(byName);
        }
    };

    private ModelFields() {
    }

    /** @return the field bound to the element of this wire name, or {@code null} */
    public static Field byWireName(Class<?> type, String name) {
        return BY_WIRE_NAME.get(type).get(name);
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
