package io.cicallback.internal.map;

import java.util.List;
import io.cicallback.model.ModelObject;

/**
 * Makes "empty" and "absent" the same in the model, as Tencent does: its XML sends {@code <Message/>} and
 * {@code <Video/>} where its JSON of the same callback leaves the nodes out. Empty text becomes {@code null},
 * containers left with nothing in them become {@code null}, and empty entries leave their lists, so that
 * both forms of one callback give equal models.
 *
 * <p>Works on the generated model classes by reflection on their fields ({@link ModelFields}), so a node added
 * to the schema needs no change here.
 */
public final class EmptyNodes {

    private EmptyNodes() {
    }

    /**
     * Prunes a model object in place.
     *
     * @param node a generated model object
     * @return {@code true} when nothing is left in it, unknown nodes included
     */
    public static boolean prune(ModelObject node) {
        boolean empty = true;
        for (var field : ModelFields.of(node.getClass())) {
            var value = ModelFields.get(field, node);
            if (value == null) {
                continue;
            }
            if (isEmptyValue(value)) {
                try {
                    field.set(node, null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot prune " + field, e);
                }
            } else {
                empty = false;
            }
        }
        return empty && !node.hasUnknownNodes();
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
        if (value instanceof ModelObject node) { // every generated model class extends it
            return prune(node);
        }
        return false;
    }
}
