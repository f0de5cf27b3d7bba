package io.cicallback.internal.validate;

import io.cicallback.internal.schema.SchemaNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A schema's node tree compiled for the readers, which follow it on every body: each container's children by
 * name and by position, its required children as bits (so that children are counted and missing ones found
 * without maps), and each leaf's form check ({@link LeafRules#form}), all built once here instead of
 * once per node read. {@link XmlNodeFilter} also uses the positions to tell, without the XSD validator,
 * whether the children it forwards form a sequence the validator accepts. Built once per tree; immutable.
 */
final class CompiledTree {

    /**
     * A documented child: its node, its position among its siblings, and what reading it needs.
     *
     * @param positions a container's own children; {@code null} for a leaf
     * @param form      a leaf's form check ({@link LeafRules#form}); {@code null} for a container
     */
    record Child(SchemaNode node, int position, Positions positions, Predicate<String> form) {
        long bit() {
            return 1L << position;
        }
    }

    /** A container's children: by wire name, by position, and the required ones as bits. */
    record Positions(Map<String, Child> byName, SchemaNode[] children, long required) {
        /** @return the child of that wire name, or {@code null} when the container documents none */
        Child child(String childName) {
            return byName.get(childName);
        }

        /** @return the required children whose bits are not set in {@code present}, in schema order */
        List<SchemaNode> missing(long present) {
            long missing = required & ~present;
            if (missing == 0) {
                return List.of();
            }
            var result = new ArrayList<SchemaNode>();
            for (int i = 0; i < children.length; i++) {
                if ((missing & 1L << i) != 0) {
                    result.add(children[i]);
                }
            }
            return result;
        }

        /** @return the required children before {@code position}, as bits */
        long requiredBefore(int position) {
            return required & ((1L << position) - 1);
        }
    }

    private final SchemaNode root;
    private final Positions rootPositions;

    CompiledTree(SchemaNode root) {
        this.root = root;
        this.rootPositions = positions(root);
    }

    /** @return the tree's root node */
    SchemaNode root() {
        return root;
    }

    /** @return the root's children */
    Positions rootPositions() {
        return rootPositions;
    }

    private static Positions positions(SchemaNode node) {
        if (node.children().size() > Long.SIZE) {
            throw new IllegalStateException(node.name() + " has more children than a bit set of " + Long.SIZE + " holds");
        }
        var byName = new HashMap<String, Child>();
        long required = 0;
        for (var child : node.children().values()) {
            int position = byName.size();
            byName.put(child.name(), child.isLeaf()
                    ? new Child(child, position, null, LeafRules.form(child))
                    : new Child(child, position, positions(child), null));
            if (child.required()) {
                required |= 1L << position;
            }
        }
        return new Positions(byName, node.children().values().toArray(SchemaNode[]::new), required);
    }
}
