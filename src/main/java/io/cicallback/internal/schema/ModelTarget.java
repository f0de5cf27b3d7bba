package io.cicallback.internal.schema;

import java.util.List;

/**
 * Where a schema node's value goes in the model: the field of its parent's model class that holds it and, for a
 * container, the model class it becomes. The build finds them in the generated classes, by the wire names of
 * their elements, and compiles them into the grammar beside the node tree ({@link CompiledTrees}), so that the
 * reader binds without looking anything up by name.
 *
 * @param field    the field of the parent's model class; {@code ""} for the root
 * @param type     a container's model class, by binary name; {@code ""} for a leaf
 * @param children the targets of the node's children, in the order of {@link SchemaNode#children()}
 */
public record ModelTarget(String field, String type, List<ModelTarget> children) {

    public ModelTarget {
        children = List.copyOf(children);
    }

    /** @return whether the node is a leaf: its text becomes the field's value */
    public boolean isLeaf() {
        return type.isEmpty();
    }
}
