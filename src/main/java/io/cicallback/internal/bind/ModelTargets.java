package io.cicallback.internal.bind;

import io.cicallback.internal.schema.ModelTarget;
import io.cicallback.internal.schema.SchemaNode;
import jakarta.xml.bind.annotation.XmlElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, for every node of a schema tree, where its value goes in the generated model: the field whose element
 * has the node's wire name (the same in both formats) and, for a container, the class it holds. The build runs
 * it once, over the compiled model classes, and compiles the result into the grammar; a node the model has no
 * field for, or a leaf of a type no {@link NodeBinding} converts to, fails the build there.
 */
public final class ModelTargets {

    private ModelTargets() {
    }

    /**
     * @param root the root of a schema tree
     * @return the binding targets of the root and every node below it
     * @throws IllegalStateException when the model lacks a node, or holds a leaf in a type nothing converts to
     */
    public static ModelTarget of(SchemaNode root) {
        return container(root, "", "", CallbackEnvelope.class);
    }

    private static ModelTarget container(SchemaNode node, String field, String fieldType, Class<?> type) {
        var children = new ArrayList<ModelTarget>();
        for (var child : node.children().values()) {
            var held = field(type, child);
            var valueType = NodeBinding.valueType(held, child);
            if (child.isLeaf()) {
                if (!NodeBinding.converts(valueType)) {
                    throw new IllegalStateException(type.getName() + "." + held.getName() + " holds " + valueType
                            + ", which no leaf's text is converted to");
                }
                children.add(new ModelTarget(held.getName(), held.getType().getName(), valueType.getName(), List.of()));
            } else {
                children.add(container(child, held.getName(), held.getType().getName(), valueType));
            }
        }
        return new ModelTarget(field, fieldType, type.getName(), children);
    }

    private static Field field(Class<?> type, SchemaNode child) {
        for (var field : type.getDeclaredFields()) {
            var element = field.getAnnotation(XmlElement.class);
            // Without a name of its own, JAXB names a field's element after the field.
            var name = element == null || element.name().equals("##default") ? field.getName() : element.name();
            if (name.equals(child.name()) && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                return field;
            }
        }
        throw new IllegalStateException(type.getName() + " has no field for the node " + child.name());
    }
}
