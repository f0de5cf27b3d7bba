package io.cicallback.internal.bind;

import io.cicallback.model.ModelObject;
import io.cicallback.model.UnknownNode;
import java.util.Arrays;

/**
 * Makes the model from the walk's output, as it comes: each container becomes its model object, each leaf's text
 * its value, each unknown node a lenient read keeps is hung on the object it stood in. Empty is absent, as
 * Tencent means it ({@code <Message/>} in XML where its JSON leaves the node out): an empty text sets nothing,
 * and a container that ends with nothing in it, unknown nodes included, is not given to its parent, so the
 * model needs no pruning afterwards. One instance per body.
 */
public final class ModelBuilder implements WalkOutput {

    /** The open containers' objects, the root's first, and whether each has been given anything. */
    private Object[] open = new Object[16];
    private boolean[] filled = new boolean[16];
    private int depth = -1;
    private CallbackEnvelope result;

    @Override
    public void startContainer(NodeBinding container) {
        if (++depth == open.length) {
            open = Arrays.copyOf(open, 2 * depth);
            filled = Arrays.copyOf(filled, 2 * depth);
        }
        open[depth] = container.newContainer();
        filled[depth] = false;
    }

    @Override
    public void endContainer(NodeBinding container) {
        var object = open[depth];
        boolean keep = filled[depth] || ((ModelObject) object).hasUnknownNodes();
        open[depth--] = null;
        if (container.isRoot()) {
            result = (CallbackEnvelope) object;
        } else if (keep) {
            give(container, object);
        }
    }

    @Override
    public void leaf(NodeBinding leaf, String text) {
        if (text.isEmpty()) {
            return;
        }
        var value = leaf.value(text);
        if (value != null) {
            give(leaf, value);
        }
    }

    @Override
    public boolean keep(UnknownNode node) {
        ((ModelObject) open[depth]).unknownNodes().add(node);
        return true;
    }

    private void give(NodeBinding node, Object value) {
        node.put(open[depth], value);
        filled[depth] = true;
    }

    /** @return the envelope made, or {@code null} when the root did not end (the body was rejected) */
    public CallbackEnvelope result() {
        return result;
    }
}
