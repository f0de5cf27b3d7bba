package io.cicallback.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares two {@link SchemaNode} trees and lists every node where they disagree on name, nesting,
 * cardinality, leaf type, enumerated values, pattern or openness, by node path. Keeps the XSD and the JSON Schema in step.
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /**
     * @param leftName  what the left tree is, for messages (e.g. {@code XSD})
     * @param left      one tree
     * @param rightName what the right tree is
     * @param right     the other tree
     * @return one line per disagreement, e.g. {@code Response.JobsDetail.Code: leaf type string in XSD, Decimal in
     *         JSON Schema}; empty when the trees agree
     */
    public static List<String> compare(String leftName, SchemaNode left, String rightName, SchemaNode right) {
        var out = new ArrayList<String>();
        compare(left.name(), leftName, left, rightName, right, out);
        return out;
    }

    private static void compare(String path, String leftName, SchemaNode left, String rightName, SchemaNode right,
                                List<String> out) {
        check(out, path, "required", left.required(), right.required(), leftName, rightName);
        check(out, path, "repeatable", left.repeatable(), right.repeatable(), leftName, rightName);
        check(out, path, "leaf type", left.leafType(), right.leafType(), leftName, rightName);
        check(out, path, "enumerated values", left.allowedValues(), right.allowedValues(), leftName, rightName);
        check(out, path, "pattern", left.pattern(), right.pattern(), leftName, rightName);
        check(out, path, "open to any child", left.open(), right.open(), leftName, rightName);
        for (var child : left.children().values()) {
            var other = right.child(child.name());
            if (other == null) {
                out.add(path + "." + child.name() + ": in " + leftName + ", missing from " + rightName);
            } else {
                compare(path + "." + child.name(), leftName, child, rightName, other, out);
            }
        }
        for (var child : right.children().values()) {
            if (left.child(child.name()) == null) {
                out.add(path + "." + child.name() + ": in " + rightName + ", missing from " + leftName);
            }
        }
    }

    private static void check(List<String> out, String path, String what, Object left, Object right,
                              String leftName, String rightName) {
        if (!Objects.equals(left, right)) {
            out.add(path + ": " + what + " " + left + " in " + leftName + ", " + right + " in " + rightName);
        }
    }
}
