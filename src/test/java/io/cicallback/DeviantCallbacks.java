package io.cicallback;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.value.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * Generates callbacks by walking the XSD's node tree, as {@link RandomCallbacks} does, but each one of a
 * random {@link Kind}: valid, with Tencent's quirks, or deviant, where every container and leaf may get one of
 * the deviations the readers must judge (children out of order, a required child left out, a second copy of a
 * node that cannot repeat, text in a container, unknown elements and keys, attributes, {@code xsi:nil},
 * namespaces, comments, CDATA, empty and blank values, malformed and unknown values, JSON nulls and values of
 * the wrong JSON type). The same generated tree is written as XML and as JSON, so both formats get each class.
 */
public final class DeviantCallbacks {

    /** How far a generated callback strays from the documented form. */
    public enum Kind { VALID, QUIRKY, DEVIANT }

    private static final JsonStringEncoder JSON_TEXT = JsonStringEncoder.getInstance();
    private static final String[] HOSTILE_VALUES = {"", " ", "  12 ", "abc", "1e5", "-", "1.", ".5", "+1", "0x10",
        "99999999999999999999", "4294967297", "1.0000000000000000001", "2022-02-30T10:00:00+0800",
        "2022-07-01T24:00:00", "2022-07-01T10:12:26+1900", "2022-07-01 10:12:26.1234567890", "Other", "success",
        "٣", "数据", "a b", "x".repeat(300), "7", "1001", "08"};

    private DeviantCallbacks() {
    }

    /** One generated element: a leaf with text, or a container with children; plus how to write it. */
    private static final class Node {
        final String name;
        final SchemaNode schema;
        String text;
        final List<Node> children = new ArrayList<>();
        /** XML written before the start tag: comments, processing instructions, stray text, white space. */
        String xmlBefore = "";
        String xmlAttributes = "";
        boolean cdata;
        /** JSON: the leaf's text as a number token; the whole value as {@code null}, or as this raw JSON. */
        boolean numberToken;
        boolean jsonNull;
        String jsonRaw;

        Node(String name, SchemaNode schema) {
            this.name = name;
            this.schema = schema;
        }
    }

    /**
     * @param random the source of every choice; the same seed gives the same callback
     * @return a callback of a random kind, in both formats
     */
    public static Generated generate(Random random) {
        var kind = Kind.values()[random.nextInt(Kind.values().length)];
        var root = element(EventTrees.random(random), kind, random);
        return new Generated(kind, xml(root, random).getBytes(StandardCharsets.UTF_8),
                json(root, random, kind).getBytes(StandardCharsets.UTF_8));
    }

    /** A generated callback: its kind and its two forms. */
    public record Generated(Kind kind, byte[] xml, byte[] json) {
        /** @return the body in that format */
        public byte[] body(WireFormat format) {
            return format == WireFormat.XML ? xml : json;
        }
    }

    private static boolean chance(Random random, Kind kind, int percentIfDeviant) {
        return kind == Kind.DEVIANT && random.nextInt(100) < percentIfDeviant;
    }

    private static Node element(SchemaNode schema, Kind kind, Random random) {
        var node = new Node(schema.name(), schema);
        if (schema.isLeaf()) {
            node.text = chance(random, kind, 12) ? HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)]
                    : RandomCallbacks.value(schema, random);
            node.cdata = kind != Kind.VALID && random.nextInt(30) == 0;
            node.numberToken = kind != Kind.VALID && random.nextInt(3) == 0;
        } else {
            for (var child : schema.children().values()) {
                int count = child.required() ? 1 : random.nextInt(10) < 6 ? 1 : 0;
                if (count > 0 && child.repeatable()) {
                    count = 1 + random.nextInt(3);
                }
                if (chance(random, kind, 4)) {
                    count = child.required() ? 0 : child.repeatable() ? count : 2; // a required one left out, or a copy
                }
                for (int i = 0; i < count; i++) {
                    node.children.add(element(child, kind, random));
                }
            }
            if (chance(random, kind, 6) && node.children.size() > 1) {
                Collections.swap(node.children, random.nextInt(node.children.size()), random.nextInt(node.children.size()));
            }
            if (chance(random, kind, 5)) {
                var unknown = new Node("Unknown" + random.nextInt(3), null);
                unknown.text = random.nextBoolean() ? "1" : "";
                node.children.add(random.nextInt(node.children.size() + 1), unknown);
            }
            if (chance(random, kind, 2)) {
                node.children.clear(); // an empty container
            }
        }
        if (kind != Kind.VALID && random.nextInt(40) == 0) {
            node.xmlBefore = new String[] {"<!-- c -->", "<?pi x?>", "\n  \t", "\r\n"}[random.nextInt(4)];
        }
        if (chance(random, kind, 3)) {
            node.xmlBefore += new String[] {"x", "<x:Ns xmlns:x=\"urn:x\">1</x:Ns>", "&#49;", "<Empty/>"}[random.nextInt(4)];
        }
        if (chance(random, kind, 3)) {
            node.xmlAttributes = new String[] {" a=\"1\"", " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"",
                " xmlns=\"\"", " xml:lang=\"en\""}[random.nextInt(4)];
        }
        if (chance(random, kind, 3)) {
            node.jsonNull = random.nextBoolean();
            node.jsonRaw = node.jsonNull ? null : new String[] {"true", "[]", "{}", "[null]", "[[1]]", "12", "{\"a\":1}"}[random.nextInt(7)];
        }
        return node;
    }

    private static String xml(Node root, Random random) {
        var out = new StringBuilder(random.nextBoolean() ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "");
        xml(root, out);
        return out.toString();
    }

    private static void xml(Node node, StringBuilder out) {
        out.append(node.xmlBefore).append('<').append(node.name).append(node.xmlAttributes).append('>');
        if (node.text != null) {
            out.append(node.cdata && !node.text.contains("]]>") ? "<![CDATA[" + node.text + "]]>" : escape(node.text));
        }
        node.children.forEach(child -> xml(child, out));
        out.append("</").append(node.name).append('>');
    }

    private static String json(Node root, Random random, Kind kind) {
        var out = new StringBuilder();
        jsonObject(root, random, kind, out);
        return out.toString();
    }

    private static void jsonObject(Node node, Random random, Kind kind, StringBuilder out) {
        var byName = new LinkedHashMap<String, List<Node>>();
        node.children.forEach(child -> byName.computeIfAbsent(child.name, name -> new ArrayList<>()).add(child));
        out.append('{');
        boolean first = true;
        for (var entry : byName.entrySet()) {
            var nodes = entry.getValue();
            boolean repeatable = nodes.get(0).schema == null || nodes.get(0).schema.repeatable();
            // A node that cannot repeat but was generated twice is written as its key twice.
            var groups = repeatable ? List.of(nodes) : nodes.stream().map(List::of).toList();
            for (var group : groups) {
                out.append(first ? "" : ",").append('"').append(entry.getKey()).append("\":");
                first = false;
                boolean collapsed = group.size() == 1 && (!repeatable || kind != Kind.VALID && random.nextBoolean());
                if (collapsed) {
                    jsonValue(group.get(0), random, kind, out);
                } else {
                    out.append('[');
                    for (int i = 0; i < group.size(); i++) {
                        out.append(i == 0 ? "" : ",");
                        jsonValue(group.get(i), random, kind, out);
                    }
                    out.append(']');
                }
            }
        }
        out.append('}');
    }

    private static void jsonValue(Node node, Random random, Kind kind, StringBuilder out) {
        if (node.jsonNull) {
            out.append("null");
        } else if (node.jsonRaw != null) {
            out.append(node.jsonRaw);
        } else if (node.text == null) {
            jsonObject(node, random, kind, out);
        } else if (node.numberToken && node.text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            out.append(node.text);
        } else {
            out.append('"').append(JSON_TEXT.quoteAsString(node.text)).append('"');
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
