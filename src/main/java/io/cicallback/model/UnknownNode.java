package io.cicallback.model;

import io.cicallback.validate.DisplayText;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A node the schemas do not describe, kept by a lenient read where it stood (see {@link
 * ModelObject#unknownNodes()}), so that a field Tencent adds survives reading, writing and converting. It
 * is a leaf, holding its text exactly as sent, or a container of further unknown nodes in document order. A
 * JSON array is a name repeated: {@code "Tags": ["a", "b"]} is two leaves named {@code Tags}, as XML would
 * send them; a JSON number or boolean is kept as its text; {@code null} is no node.
 *
 * <p>Kept only when both formats can carry it: an element without namespace, or a JSON key that is an XML
 * name, whose texts XML can hold. Attributes are not kept (callbacks have none).
 *
 * @param name     the node's wire name
 * @param text     a leaf's text as sent; {@code null} for a container
 * @param children a container's nodes, in document order; empty for a leaf
 */
public record UnknownNode(String name, String text, List<UnknownNode> children) implements Serializable {

    /**
     * @param name     the node's wire name
     * @param text     a leaf's text, or {@code null} for a container
     * @param children a container's nodes (copied); must be empty for a leaf
     */
    public UnknownNode {
        Objects.requireNonNull(name, "name");
        children = List.copyOf(children);
        if (text != null && !children.isEmpty()) {
            throw new IllegalArgumentException("a leaf holds text, a container holds nodes: not both");
        }
    }

    /**
     * @param name the node's wire name
     * @param text its text as sent
     * @return a leaf
     */
    public static UnknownNode leaf(String name, String text) {
        return new UnknownNode(name, Objects.requireNonNull(text, "text"), List.of());
    }

    /**
     * @param name     the node's wire name
     * @param children its nodes in document order
     * @return a container
     */
    public static UnknownNode container(String name, List<UnknownNode> children) {
        return new UnknownNode(name, null, children);
    }

    /** @return whether the node holds text rather than nodes */
    public boolean isLeaf() {
        return text != null;
    }

    /** Control characters from the body are escaped, as in the model's {@code toString()}. */
    @Override
    public String toString() {
        return DisplayText.escape(name) + (isLeaf() ? "=" + DisplayText.escape(text) : children.toString());
    }
}
