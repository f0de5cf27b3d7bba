package io.cicallback.internal.map;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import io.cicallback.model.ModelObject;

/**
 * Makes "empty" and "absent" the same in the model, as Tencent does: its XML sends {@code <Message/>} and
 * {@code <Video/>} where its JSON of the same callback leaves the nodes out. Empty text becomes {@code null},
 * containers left with nothing in them become {@code null}, and empty entries leave their lists, so that
 * both forms of one callback give equal models.
 *
 * <p>Works on the generated model classes by reflection on their fields (cached per class), so a node added
 * to the schema needs no change here.
 */
public final class EmptyNodes {

    /** Each model class's instance fields, made accessible once; a ClassValue, so no lookup locks. */
    private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            var result = new ArrayList<Field>();
            for (var field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    result.add(field);
                }
            }
            return result.toArray(Field[]::new);
        }
    };

    private EmptyNodes() {
    }

    /**
     * Prunes a model object in place.
     *
     * @param node a generated model object
     * @return {@code true} when nothing is left in it
     */
    public static boolean prune(Object node) {
        boolean empty = true;
        for (var field : FIELDS.get(node.getClass())) {
            try {
                var value = field.get(node);
                if (value == null) {
                    continue;
                }
                if (isEmptyValue(value)) {
                    field.set(node, null);
                } else {
                    empty = false;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot prune " + field, e);
            }
        }
        return empty;
    }

    private static boolean isEmptyValue(Object value) {
        if (value instanceof String text) {
            return text.isEmpty();
        }
        if (value instanceof List<?> list) {
            for (var entry : list) { // removeIf copies the list even when it removes nothing
                if (isEmptyValue(entry)) {
                    list.removeIf(EmptyNodes::isEmptyValue);
                    break;
                }
            }
            return list.isEmpty();
        }
        if (value instanceof ModelObject) { // every generated model class extends it
            return prune(value);
        }
        return false;
    }
}
