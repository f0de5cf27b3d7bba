package io.cicallback.internal.validate;

import io.cicallback.internal.bind.NodeBinding;
import io.cicallback.internal.bind.WalkOutput;
import io.cicallback.model.ModelObject;
import io.cicallback.model.UnknownNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The walk the other way: along the compiled grammar over a model, handing its nodes to a {@link WalkOutput}
 * (the writer's XML or JSON text) in the grammar's order, each through the binding the reader fills it by. Empty
 * text is left out, as Tencent's JSON leaves it out (a container is written whenever it is there: the reader
 * never makes an empty one but for a workflow run with nothing left in it). Each container's unknown nodes go
 * before its documented nodes or after them; after them, one named as a documented repeatable node is one more
 * entry of that node's list (a repeated leaf's malformed entry, kept by a lenient read).
 */
final class ModelWalk {

    private final WalkOutput out;
    private final boolean unknownFirst;

    /**
     * @param out          where the nodes go
     * @param unknownFirst whether a container's unknown nodes go before its documented nodes (XML) or after
     *                     them (JSON)
     */
    ModelWalk(WalkOutput out, boolean unknownFirst) {
        this.out = out;
        this.unknownFirst = unknownFirst;
    }

    /** Walks a model from its root object, which stands for the tree's root. */
    void walk(CompiledTree tree, Object root) {
        container(tree.rootPositions(), tree.rootBinding(), root);
    }

    private void container(CompiledTree.Positions positions, NodeBinding binding, Object object) {
        out.startContainer(binding);
        var unknown = ((ModelObject) object).hasUnknownNodes() ? ((ModelObject) object).unknownNodes()
                : List.<UnknownNode>of();
        if (unknownFirst) {
            unknown.forEach(out::keep);
        }
        var rest = unknownFirst || unknown.isEmpty() ? List.<UnknownNode>of() : new ArrayList<>(unknown);
        for (var node : positions.children()) {
            var child = positions.child(node.name());
            var value = child.binding().valueIn(object);
            if (node.repeatable()) {
                list(child, value == null ? List.of() : (List<?>) value, rest);
            } else if (value != null && hasContent(child, value)) {
                if (rest.stream().anyMatch(u -> u.name().equals(node.name()))) {
                    throw new IllegalArgumentException("an unknown node is named " + node.name()
                            + ", as a documented node beside it is: it cannot be written");
                }
                one(child, value);
            }
        }
        rest.forEach(out::keep);
        out.endContainer(binding);
    }

    /** A repeatable node's entries, and the unknown nodes of its name after them; nothing when none has content. */
    private void list(CompiledTree.Child child, List<?> entries, List<UnknownNode> rest) {
        var name = child.node().name();
        boolean any = rest.stream().anyMatch(u -> u.name().equals(name));
        for (var entry : entries) {
            any |= entry != null && hasContent(child, entry);
        }
        if (!any) {
            return;
        }
        out.startList(child.binding());
        for (var entry : entries) {
            if (entry != null && hasContent(child, entry)) {
                one(child, entry);
            }
        }
        for (var iterator = rest.iterator(); iterator.hasNext(); ) {
            var node = iterator.next();
            if (node.name().equals(name)) {
                out.keep(node);
                iterator.remove();
            }
        }
        out.endList(child.binding());
    }

    private void one(CompiledTree.Child child, Object value) {
        if (child.node().isLeaf()) {
            out.leaf(child.binding(), NodeBinding.textOf(value));
        } else {
            container(child.positions(), child.binding(), value);
        }
    }

    /**
     * @return whether a value is written: a leaf's text when it is not empty (empty text is no value), a
     *         container whenever it is there, empty or not (a workflow run may have nothing left to say)
     */
    private static boolean hasContent(CompiledTree.Child child, Object value) {
        return !child.node().isLeaf() || !NodeBinding.textOf(value).isEmpty();
    }
}
