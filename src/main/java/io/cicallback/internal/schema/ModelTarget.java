package io.cicallback.internal.schema;

import java.util.List;

/**
 * Where a schema node's value goes in the model: the field of its parent's model class that holds it, that
 * field's declared type and the class one value is. The build finds them in the generated classes, by the wire
 * names of their elements, and compiles them into the grammar beside the node tree ({@link CompiledTrees}), so
 * that the reader binds without looking anything up by name, and looks each field up alone (reflecting over a
 * whole class would load the class of every field it has).
 *
 * @param field     the field of the parent's model class; {@code ""} for the root
 * @param fieldType the field's declared type, by binary name ({@code java.util.List} for a repeatable node's);
 *                  {@code ""} for the root
 * @param type      the class of one value, by binary name: a container's model class, a leaf's value class
 * @param children  the targets of the node's children, in the order of {@link SchemaNode#children()}
 */
public record ModelTarget(String field, String fieldType, String type, List<ModelTarget> children) {

    public ModelTarget {
        children = List.copyOf(children);
    }
}
