package io.cicallback;

import io.cicallback.internal.schema.SchemaNode;
import java.util.Random;

/**
 * Writes random valid XML callbacks by walking the XSD's node tree: every required node, a random choice of
 * optional ones, one to three of each repeatable one, and a random valid value of each leaf's type. Because it
 * follows the schema, a node added to the schema is generated too.
 */
public final class RandomCallbacks {

    private static final String TEXT_CHARS = "abcXYZ019 -_./:${}&<>\"'数据万象人声分离é";

    private RandomCallbacks() {
    }

    /** @return a random valid callback as an XML document */
    public static String xml(Random random) {
        var out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        element(EventTrees.random(random), random, out);
        return out.toString();
    }

    private static void element(SchemaNode node, Random random, StringBuilder out) {
        out.append('<').append(node.name()).append('>');
        if (node.isLeaf()) {
            out.append(escape(value(node, random)));
        } else {
            for (var child : node.children().values()) {
                int count = child.required() ? 1 : random.nextInt(10) < 6 ? 1 : 0;
                if (count > 0 && child.repeatable()) {
                    count = 1 + random.nextInt(3);
                }
                for (int i = 0; i < count; i++) {
                    element(child, random, out);
                }
            }
        }
        out.append("</").append(node.name()).append('>');
    }

    /** @return a random valid value of the leaf's type */
    public static String value(SchemaNode leaf, Random random) {
        if (!leaf.allowedValues().isEmpty()) {
            return leaf.allowedValues().get(random.nextInt(leaf.allowedValues().size()));
        }
        return switch (leaf.leafType()) {
            case "Integer" -> Long.toString(random.nextLong() % 1_000_000_000_000L);
            case "Decimal" -> {
                var whole = Long.toString(Math.abs(random.nextLong() % 100_000));
                var scale = random.nextInt(7);
                var fraction = new StringBuilder();
                for (int i = 0; i < scale; i++) {
                    fraction.append(random.nextInt(10));
                }
                yield scale == 0 ? whole : whole + "." + fraction;
            }
            case "Time" -> random.nextInt(5) == 0 ? "-"
                    : String.format("20%02d-%02d-%02d%s%02d:%02d:%02d%s", random.nextInt(30), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextBoolean() ? "T" : " ", random.nextInt(24), random.nextInt(60),
                    random.nextInt(60), new String[] {"+0800", "+08:00", "Z", "-0530", ""}[random.nextInt(5)]);
            case "AudioBitrate" -> Integer.toString(8 + random.nextInt(993));
            case "Identifier" -> "j" + Long.toHexString(random.nextLong());
            case "string" -> {
                var text = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) {
                    text.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
                }
                yield text.toString().strip();
            }
            default -> throw new IllegalStateException("no generator for leaf type " + leaf.leafType());
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
