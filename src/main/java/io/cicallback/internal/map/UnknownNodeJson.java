package io.cicallback.internal.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cicallback.model.ModelObject;
import io.cicallback.model.UnknownNode;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Writes the unknown nodes a model keeps into the JSON tree of its documented nodes, by Tencent's conventions:
 * a leaf as a string, a container as an object, a name that occurs more than once as an array. The tree is the
 * model's own, mapped through the JSON classes, so each model object is found by its wire name and index.
 */
public final class UnknownNodeJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private UnknownNodeJson() {
    }

    /**
     * @param model a model object
     * @param json  the object it was written as
     */
    public static void insert(ModelObject model, ObjectNode json) {
        if (model.hasUnknownNodes()) {
            append(json, model.unknownNodes());
        }
        for (var field : ModelFields.of(model.getClass())) {
            var element = field.getAnnotation(XmlElement.class);
            var value = ModelFields.get(field, model);
            var written = element == null || value == null ? null : json.get(element.name());
            if (value instanceof ModelObject child && written instanceof ObjectNode object) {
                insert(child, object);
            } else if (value instanceof List<?> list && written instanceof ArrayNode array) {
                for (int i = 0; i < list.size() && i < array.size(); i++) {
                    if (list.get(i) instanceof ModelObject child && array.get(i) instanceof ObjectNode object) {
                        insert(child, object);
                    }
                }
            }
        }
    }

    private static void append(ObjectNode json, List<UnknownNode> nodes) {
        var byName = new LinkedHashMap<String, List<UnknownNode>>();
        for (var node : nodes) {
            byName.computeIfAbsent(node.name(), name -> new ArrayList<>()).add(node);
        }
        byName.forEach((name, named) -> {
            if (json.get(name) instanceof ArrayNode documented) {
                named.forEach(node -> documented.add(toJson(node))); // a repeated leaf's entry set aside
                return;
            }
            if (json.has(name)) {
                throw new IllegalArgumentException("an unknown node is named " + name
                        + ", as a documented node beside it is: it cannot be written");
            }
            if (named.size() == 1) {
                json.set(name, toJson(named.get(0)));
            } else {
                var array = json.putArray(name);
                named.forEach(node -> array.add(toJson(node)));
            }
        });
    }

    private static JsonNode toJson(UnknownNode node) {
        if (node.isLeaf()) {
            return NODES.textNode(node.text());
        }
        var object = NODES.objectNode();
        append(object, node.children());
        return object;
    }
}
