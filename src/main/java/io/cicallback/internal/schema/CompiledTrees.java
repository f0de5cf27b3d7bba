package io.cicallback.internal.schema;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The two {@link SchemaNode} trees in a compact binary form, written at build time from the hand-written
 * schemas (which stay the source of truth) and read by the readers at run time, so that a first read parses
 * no XSD or JSON Schema file: the validators of record still compile the real schemas, when they are used. A
 * test holds the resource to what {@link XsdTreeReader} and {@link JsonSchemaTreeReader} read from the files.
 *
 * <p>One section per format, the XML's first, each preceded by its length so that a reader of one format skips
 * the other's: the tree, each node depth first (its name, a byte of flags, a leaf's types, pattern and enumerated
 * values, its description, its exactly-one-of group and its children), then, when the build found them in the
 * generated model classes, the tree's binding targets ({@link ModelTarget}), depth first in the same order.
 */
public final class CompiledTrees {

    /** Where the build puts the trees, beside the schema files in the jar. */
    public static final String RESOURCE = "/io/cicallback/schema/callback-trees.bin";

    private static final int MAGIC = 0x43494354; // "CICT"
    private static final int VERSION = 4;
    private static final int REQUIRED = 1;
    private static final int REPEATABLE = 2;
    private static final int ABSENT_TOLERATED = 4;
    private static final int OPEN = 8;
    private static final int LEAF = 16;
    private static final int PATTERN = 32;

    /**
     * The XSD's tree and the JSON Schema's, and where each node of each goes in the model.
     *
     * @param xml         the tree the XSD describes
     * @param json        the tree the JSON Schema describes
     * @param xmlTargets  the binding targets of {@code xml}'s nodes; {@code null} when not found yet (the trees
     *                    were read from the schema files, before the model was compiled)
     * @param jsonTargets the binding targets of {@code json}'s nodes, or {@code null}
     */
    public record Trees(SchemaNode xml, SchemaNode json, ModelTarget xmlTargets, ModelTarget jsonTargets) {
        /** The trees alone, without binding targets. */
        public Trees(SchemaNode xml, SchemaNode json) {
            this(xml, json, null, null);
        }

        /** @return these trees with these binding targets */
        public Trees withTargets(ModelTarget xmlTargets, ModelTarget jsonTargets) {
            return new Trees(xml, json, xmlTargets, jsonTargets);
        }
    }

    /**
     * One format's tree and where its nodes go in the model.
     *
     * @param tree    the tree its schema describes
     * @param targets the binding targets of its nodes; {@code null} when not found yet
     */
    public record Grammar(SchemaNode tree, ModelTarget targets) {
    }

    private CompiledTrees() {
    }

    /**
     * @param xml whether the XML's grammar is wanted, else the JSON's
     * @return that grammar as the build compiled it into the jar; the other format's is skipped, not read
     */
    static Grammar load(boolean xml) {
        try (InputStream in = CompiledTrees.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build compiles it from the schemas");
            }
            var data = header(in);
            if (!xml) {
                data.skipNBytes(data.readInt());
            }
            data.readInt();
            var grammar = section(data);
            if (grammar.targets() == null) {
                throw new IllegalStateException(RESOURCE + " holds no binding targets: the build adds them");
            }
            return grammar;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * @param trees the trees
     * @param out   where to write them; not closed
     * @throws IOException when the stream fails
     */
    public static void write(Trees trees, OutputStream out) throws IOException {
        var data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        section(trees.xml(), trees.xmlTargets(), data);
        section(trees.json(), trees.jsonTargets(), data);
        data.flush();
    }

    private static void section(SchemaNode tree, ModelTarget targets, DataOutputStream out) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        var section = new DataOutputStream(bytes);
        node(tree, section);
        section.writeBoolean(targets != null);
        if (targets != null) {
            target(targets, section);
        }
        section.flush();
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    /**
     * @param in the written trees
     * @return the trees
     * @throws IOException when the stream fails or holds no trees of this version
     */
    public static Trees read(InputStream in) throws IOException {
        var data = header(in);
        data.readInt();
        var xml = section(data);
        data.readInt();
        var json = section(data);
        return new Trees(xml.tree(), json.tree(), xml.targets(), json.targets());
    }

    private static DataInputStream header(InputStream in) throws IOException {
        var data = new DataInputStream(new BufferedInputStream(in));
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            throw new IOException("not schema trees of version " + VERSION);
        }
        return data;
    }

    private static Grammar section(DataInputStream in) throws IOException {
        var tree = node(in);
        return new Grammar(tree, in.readBoolean() ? target(in) : null);
    }

    private static void target(ModelTarget target, DataOutputStream out) throws IOException {
        out.writeUTF(target.field());
        out.writeUTF(target.fieldType());
        out.writeUTF(target.type());
        out.writeInt(target.children().size());
        for (var child : target.children()) {
            target(child, out);
        }
    }

    private static ModelTarget target(DataInputStream in) throws IOException {
        var field = in.readUTF();
        var fieldType = in.readUTF();
        var type = in.readUTF();
        int count = in.readInt();
        var children = new ArrayList<ModelTarget>(count);
        for (int i = 0; i < count; i++) {
            children.add(target(in));
        }
        return new ModelTarget(field, fieldType, type, children);
    }

    private static void node(SchemaNode node, DataOutputStream out) throws IOException {
        out.writeUTF(node.name());
        out.writeByte((node.required() ? REQUIRED : 0) | (node.repeatable() ? REPEATABLE : 0)
                | (node.absentTolerated() ? ABSENT_TOLERATED : 0) | (node.open() ? OPEN : 0)
                | (node.isLeaf() ? LEAF : 0) | (node.pattern() != null ? PATTERN : 0));
        if (node.isLeaf()) {
            out.writeUTF(node.leafType());
            out.writeUTF(node.baseType());
        }
        if (node.pattern() != null) {
            out.writeUTF(node.pattern());
        }
        strings(node.allowedValues(), out);
        out.writeUTF(node.description());
        strings(node.oneOf(), out);
        out.writeInt(node.children().size());
        for (var child : node.children().values()) {
            node(child, out);
        }
    }

    private static SchemaNode node(DataInputStream in) throws IOException {
        var name = in.readUTF();
        int flags = in.readByte();
        String leafType = null;
        String baseType = null;
        if ((flags & LEAF) != 0) {
            leafType = in.readUTF();
            baseType = in.readUTF();
        }
        var pattern = (flags & PATTERN) != 0 ? in.readUTF() : null;
        var allowed = strings(in);
        var description = in.readUTF();
        var oneOf = strings(in);
        int count = in.readInt();
        var children = new LinkedHashMap<String, SchemaNode>();
        for (int i = 0; i < count; i++) {
            var child = node(in);
            children.put(child.name(), child);
        }
        return new SchemaNode(name, (flags & REQUIRED) != 0, (flags & REPEATABLE) != 0, leafType, baseType, allowed,
                pattern, description, children, oneOf, (flags & ABSENT_TOLERATED) != 0, (flags & OPEN) != 0);
    }

    private static void strings(List<String> values, DataOutputStream out) throws IOException {
        out.writeInt(values.size());
        for (var value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        var values = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.readUTF());
        }
        return values;
    }
}
