package io.cicallback.internal.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of the callback tree as a schema describes it: name, cardinality, and either children
 * (a container) or a leaf type.
 *
 * <p>Both schemas are read into this one shape, so that code which must follow the schema (filtering unknown
 * nodes, normalising Tencent's JSON, comparing the two schemas, comparing a doc page with them) is written
 * once against it instead of against XSD or JSON Schema syntax.
 *
 * @param name          the node's wire name, e.g. {@code JobsDetail}
 * @param required      whether a valid callback must carry the node
 * @param repeatable    whether the node may occur more than once (an array in JSON)
 * @param leafType      for a leaf, the shared type name ({@code string}, {@code Decimal}, {@code Time}, ...);
 *                      {@code null} for a container
 * @param baseType      for a leaf, the primitive its wire form uses: the XSD built-in type it restricts
 *                      ({@code string}, {@code long}, ...) or the JSON Schema type ({@code string},
 *                      {@code integer}); {@code null} for a container
 * @param allowedValues for an enumerated leaf, its documented values; empty otherwise
 * @param pattern       for a leaf whose text has a form, the regular expression it must match whole, in the
 *                      syntax both schemas share (no anchors); {@code null} otherwise
 * @param description   the schema's description of the node
 * @param children      a container's children by wire name, in schema order; empty for a leaf
 * @param oneOf         for a container, children of which exactly one must be present (an XSD
 *                      {@code xs:choice}, a JSON Schema {@code oneOf} of {@code required}s); each is optional on
 *                      its own; empty when there is no such group
 * @param absentTolerated for a required node, whether lenient mode reads on without it (some of Tencent's own
 *                      samples leave it out): {@code lenient-absent} in the XSD's {@code xs:appinfo},
 *                      {@code "x-lenient-absent": true} in the JSON Schema
 * @param open          for a container, whether it also holds children of any name (a key/value node, such as a
 *                      poster template's fill-in values): {@code xs:any} in the XSD, {@code additionalProperties}
 *                      in the JSON Schema; such children are kept as the model object's unknown nodes, in both
 *                      modes, without a finding
 */
public record SchemaNode(String name, boolean required, boolean repeatable, String leafType, String baseType,
                         List<String> allowedValues, String pattern, String description,
                         Map<String, SchemaNode> children, List<String> oneOf,
                         boolean absentTolerated, boolean open) {

    /** The leaf type of plain text nodes. */
    public static final String STRING = "string";

    public SchemaNode {
        allowedValues = List.copyOf(allowedValues);
        oneOf = List.copyOf(oneOf);
        children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
    }

    /** A node without an exactly-one-of group, required in every mode where required. */
    public SchemaNode(String name, boolean required, boolean repeatable, String leafType, String baseType,
                      List<String> allowedValues, String pattern, String description, Map<String, SchemaNode> children) {
        this(name, required, repeatable, leafType, baseType, allowedValues, pattern, description, children, List.of(),
                false, false);
    }

    /** @return this node, required but tolerated absent by lenient mode */
    public SchemaNode toleratedAbsent() {
        return new SchemaNode(name, required, repeatable, leafType, baseType, allowedValues, pattern, description,
                children, oneOf, true, open);
    }

    /** @return {@code true} for a node that holds text rather than child nodes */
    public boolean isLeaf() {
        return leafType != null;
    }

    /**
     * @param childName a wire name
     * @return the child of that name, or {@code null} when this node documents no such child
     */
    public SchemaNode child(String childName) {
        return children.get(childName);
    }

    /**
     * @param pointer an RFC 6901 pointer into a document of this shape; array indexes are skipped
     * @return the node the pointer leads to, or {@code null} when it leaves the documented tree
     */
    public SchemaNode at(String pointer) {
        var node = this;
        for (var token : pointer.split("/")) {
            if (token.isEmpty() || token.chars().allMatch(Character::isDigit)) {
                continue;
            }
            node = node.child(token.replace("~1", "/").replace("~0", "~"));
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
