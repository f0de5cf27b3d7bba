package io.cicallback;

import io.cicallback.internal.schema.CallbackSchemas;
import io.cicallback.internal.schema.SchemaNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The XSD's tree as one event's body has it, for generators: the root keeps one of the children it allows one
 * of (JobsDetail or WorkflowExecution), now required, and its EventName allows that event's name only.
 */
public final class EventTrees {

    /** The root's alternatives and the event name each goes with. */
    public static final Map<String, String> EVENTS = Map.of("JobsDetail", "TaskFinish", "WorkflowExecution", "WorkflowFinish");

    private EventTrees() {
    }

    /** @return the tree of a TaskFinish body */
    public static SchemaNode taskFinish() {
        return of("JobsDetail");
    }

    /** @return the tree of one event's body, TaskFinish three times in four */
    public static SchemaNode random(Random random) {
        return of(random.nextInt(4) == 0 ? "WorkflowExecution" : "JobsDetail");
    }

    /** @return the tree of the event whose body holds the node these names lead to */
    public static SchemaNode containing(List<String> names) {
        return of(EVENTS.containsKey(names.get(0)) ? names.get(0) : "JobsDetail");
    }

    /** @return the event name that goes with the tree's alternative */
    public static String eventName(SchemaNode tree) {
        return EVENTS.entrySet().stream().filter(e -> tree.children().containsKey(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    static SchemaNode of(String alternative) {
        var root = CallbackSchemas.get().xmlTree();
        var children = new LinkedHashMap<String, SchemaNode>();
        for (var child : root.children().values()) {
            if (child.name().equals(alternative)) {
                children.put(child.name(), copy(child, true, child.allowedValues()));
            } else if (child.name().equals("EventName")) {
                children.put(child.name(), copy(child, true, List.of(EVENTS.get(alternative))));
            } else if (!root.oneOf().contains(child.name())) {
                children.put(child.name(), child);
            }
        }
        return new SchemaNode(root.name(), true, false, null, null, List.of(), null, root.description(), children,
                List.of(), false, root.open());
    }

    private static SchemaNode copy(SchemaNode node, boolean required, List<String> allowedValues) {
        return new SchemaNode(node.name(), required, node.repeatable(), node.leafType(), node.baseType(), allowedValues,
                node.pattern(), node.description(), node.children(), node.oneOf(), node.absentTolerated(), node.open());
    }
}
