package io.cicallback.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node whose children have names no schema can list (a poster template's placeholders, say): the schemas
 * declare it open ({@code xs:any}, {@code additionalProperties}), every read keeps its entries, strict or lenient,
 * as the object's {@link #unknownNodes()}, and the writer writes them back. The build makes each such generated
 * class implement this interface.
 *
 * <pre>{@code
 * var info = job.getOperation().getPosterProduction().getInfo();
 * info.entries().get("text_main");   // "Spring sale"
 * }</pre>
 */
public interface KeyValueNode {

    /** @return the entries, in document order (the model object's list) */
    List<UnknownNode> unknownNodes();

    /**
     * @return each entry's name and text, in document order; a name sent more than once keeps its first text,
     *         and an entry holding nodes rather than text is left out (both are in {@link #unknownNodes()})
     */
    default Map<String, String> entries() {
        var entries = new LinkedHashMap<String, String>();
        for (var node : unknownNodes()) {
            if (node.isLeaf()) {
                entries.putIfAbsent(node.name(), node.text());
            }
        }
        return entries;
    }
}
