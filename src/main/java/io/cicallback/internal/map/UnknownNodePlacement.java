package io.cicallback.internal.map;

import io.cicallback.internal.bind.CallbackEnvelope;
import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.validate.KeptNodes;
import io.cicallback.internal.validate.NodePaths;
import io.cicallback.model.ModelObject;
import java.util.List;

/**
 * Hangs the unknown nodes a lenient read kept on the model objects of the containers they stood in, by the
 * containers' wire names and indexes: one place for both formats, whichever binder built the model. It runs
 * before the model is pruned, so that a container holding nothing but unknown nodes stays.
 */
public final class UnknownNodePlacement {

    private UnknownNodePlacement() {
    }

    /**
     * @param envelope the bound envelope
     * @param kept     what the read kept
     */
    public static void attach(CallbackEnvelope envelope, KeptNodes kept) {
        for (var node : kept.list()) {
            container(envelope, node.parent()).unknownNodes().add(node.node());
        }
    }

    private static ModelObject container(CallbackEnvelope envelope, List<KeptNodes.Step> steps) {
        Object at = envelope;
        var path = CallbackSchemas.ROOT_NAME;
        for (var step : steps) {
            path = NodePaths.child(path, step.name(), step.index());
            var field = ModelFields.byWireName(at.getClass(), step.name());
            var value = field == null ? null : ModelFields.get(field, at);
            if (value instanceof List<?> list) {
                value = step.index() >= 0 && step.index() < list.size() ? list.get(step.index()) : null;
            }
            if (!(value instanceof ModelObject)) {
                // The readers keep a node only inside a container they passed on to the binder.
                throw new IllegalStateException("an unknown node was kept in " + path + ", which the model lacks");
            }
            at = value;
        }
        return (ModelObject) at;
    }
}
