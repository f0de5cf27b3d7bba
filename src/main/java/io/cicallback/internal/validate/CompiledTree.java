package io.cicallback.internal.validate;

import io.cicallback.internal.bind.NodeBinding;
import io.cicallback.internal.schema.ModelTarget;
import io.cicallback.internal.schema.SchemaNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * A schema's node tree compiled for the readers, which follow it on every body: each container's children by
 * name and by position, its required children's positions (so that children are tracked in a {@link
 * ChildSet} and missing ones found without maps), and each leaf's form check ({@link LeafRules#form}), built
 * once per container instead of once per node read, and only for the containers bodies hold (a first read
 * compiles its job type's part of the tree, not every type's). {@link XmlNodeFilter} also uses the positions to
 * tell, without the XSD validator, whether the children it forwards form a sequence the validator accepts. One
 * per tree; thread-safe.
 */
final class CompiledTree {

    /**
     * A documented child: its node, its position among its siblings, and what reading and binding it need. A
     * container's own children are compiled when a body first holds it: a body holds one job type of many.
     */
    static final class Child {
        private final SchemaNode node;
        private final int position;
        private final ModelTarget target;
        private final Predicate<String> form;
        private final NodeBinding binding;
        private volatile Positions positions;

        private Child(SchemaNode node, int position, ModelTarget target, NodeBinding binding) {
            this.node = node;
            this.position = position;
            this.target = target;
            this.binding = binding;
            this.form = node.isLeaf() ? LeafRules.form(node) : null;
        }

        SchemaNode node() {
            return node;
        }

        int position() {
            return position;
        }

        /** @return a container's own children; {@code null} for a leaf */
        Positions positions() {
            var compiled = positions;
            if (compiled == null && !node.isLeaf()) {
                compiled = CompiledTree.positions(node, target);
                positions = compiled; // a race compiles twice, to equal positions
            }
            return compiled;
        }

        /** @return a leaf's form check ({@link LeafRules#form}); {@code null} for a container */
        Predicate<String> form() {
            return form;
        }

        /** @return where it goes in the model */
        NodeBinding binding() {
            return binding;
        }
    }

    /**
     * A container's children: by wire name, by position, the positions of the required ones, and those of the
     * children of which exactly one must be present ({@link SchemaNode#oneOf()}; empty when none); for each
     * position, the slot of its count among the repeatable children (-1 when it cannot repeat), and how many
     * slots there are; and whether it also takes children of any name ({@link SchemaNode#open()}).
     */
    record Positions(Map<String, Child> byName, SchemaNode[] children, int[] required, int[] oneOf,
                     int[] repeatSlots, int repeatables, boolean open) {
        /** @return the child of that wire name, or {@code null} when the container documents none */
        Child child(String childName) {
            return byName.get(childName);
        }

        /** @return the required children not in {@code present}, in schema order */
        List<SchemaNode> missing(ChildSet present) {
            List<SchemaNode> result = List.of();
            for (int position : required) {
                if (!present.contains(position)) {
                    result = result.isEmpty() ? new ArrayList<>() : result;
                    result.add(children[position]);
                }
            }
            return result;
        }

        /**
         * @return how many of the children of which exactly one must be present are in {@code present}; -1
         *         when the container has no such group
         */
        int oneOfPresent(ChildSet present) {
            if (oneOf.length == 0) {
                return -1;
            }
            int count = 0;
            for (int position : oneOf) {
                count += present.contains(position) ? 1 : 0;
            }
            return count;
        }

        /** @return the names of the children of which exactly one must be present, for findings */
        String oneOfNames() {
            var names = new StringJoiner(", ");
            for (int position : oneOf) {
                names.add(children[position].name());
            }
            return names.toString();
        }
    }

    private final SchemaNode root;
    private final Positions rootPositions;
    private final NodeBinding rootBinding;

    /**
     * @param root   a schema tree's root
     * @param target where its nodes go in the model
     */
    CompiledTree(SchemaNode root, ModelTarget target) {
        this.root = root;
        this.rootPositions = positions(root, target);
        this.rootBinding = new NodeBinding(root, target, null);
    }

    /**
     * Compiles every container's children and looks every binding up now, not when a body first holds them: for
     * a warm-up, so that the first callback of any job type finds its part of the tree ready.
     */
    void prepareAll() {
        rootBinding.prepare();
        prepare(rootPositions);
    }

    private static void prepare(Positions positions) {
        for (var child : positions.byName().values()) {
            child.binding().prepare();
            if (!child.node().isLeaf()) {
                prepare(child.positions());
            }
        }
    }

    /** @return the root's binding */
    NodeBinding rootBinding() {
        return rootBinding;
    }

    /** @return the tree's root node */
    SchemaNode root() {
        return root;
    }

    /** @return the root's children */
    Positions rootPositions() {
        return rootPositions;
    }

    private static Positions positions(SchemaNode node, ModelTarget target) {
        var byName = new HashMap<String, Child>();
        int count = node.children().size();
        var repeatSlots = new int[count];
        int repeatables = 0;
        var required = new ArrayList<Integer>();
        for (var child : node.children().values()) {
            int position = byName.size();
            var childTarget = target.children().get(position);
            var binding = new NodeBinding(child, childTarget, target.type());
            byName.put(child.name(), new Child(child, position, childTarget, binding));
            repeatSlots[position] = child.repeatable() ? repeatables++ : -1;
            if (child.required()) {
                required.add(position);
            }
        }
        var oneOf = node.oneOf().stream().mapToInt(name -> byName.get(name).position()).toArray();
        return new Positions(byName, node.children().values().toArray(SchemaNode[]::new),
                required.stream().mapToInt(Integer::intValue).toArray(), oneOf, repeatSlots, repeatables, node.open());
    }
}
