package io.cicallback.internal.validate;

import io.cicallback.internal.schema.SchemaNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each child of each container stands in schema order, and which children are required, so that the
 * readers count children and find missing ones with bit sets instead of maps, and {@link XmlNodeFilter} can
 * tell, without the XSD validator, whether the children it forwards form a sequence the validator accepts.
 * Built once per tree; immutable.
 */
final class ChildOrder {

    /** A documented child and its position among its siblings. */
    record Child(SchemaNode node, int position) {
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

    private final Map<SchemaNode, Positions> byNode = new IdentityHashMap<>();

    ChildOrder(SchemaNode root) {
        add(root);
    }

    /** @return the positions of a container's children; {@code null} for a leaf */
    Positions of(SchemaNode container) {
        return byNode.get(container);
    }

    private void add(SchemaNode node) {
        if (node.isLeaf()) {
            return;
        }
        if (node.children().size() > Long.SIZE) {
            throw new IllegalStateException(node.name() + " has more children than a bit set of " + Long.SIZE + " holds");
        }
        var byName = new HashMap<String, Child>();
        long required = 0;
        for (var child : node.children().values()) {
            int position = byName.size();
            byName.put(child.name(), new Child(child, position));
            if (child.required()) {
                required |= 1L << position;
            }
            add(child);
        }
        byNode.put(node, new Positions(byName, node.children().values().toArray(SchemaNode[]::new), required));
    }
}
