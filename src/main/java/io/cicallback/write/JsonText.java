package io.cicallback.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.cicallback.internal.bind.NodeBinding;
import io.cicallback.internal.bind.WalkOutput;
import io.cicallback.model.UnknownNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A model's nodes, as the walk along the grammar gives them, written as an indented JSON document by Tencent's
 * conventions: every leaf as a string (a number where the JSON Schema has an integer), an array for a repeatable
 * node, and a container's unknown nodes after its documented ones (a leaf as a string, a container as an
 * object, a name that occurs more than once as an array). Jackson's generator does the writing. One instance
 * per document.
 */
final class JsonText implements WalkOutput {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n"));

    private final StringWriter text = new StringWriter(4096);
    private final JsonGenerator json;
    /** For each open object or array: whether it is an array, whose values take no key. */
    private final Deque<Boolean> inArray = new ArrayDeque<>();
    /** The unknown nodes of the innermost open object, written as it ends. */
    private final List<UnknownNode> unknown = new ArrayList<>();

    JsonText() {
        try {
            json = FACTORY.createGenerator(text).setPrettyPrinter(PRETTY);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a generator over a string writer
        }
    }

    /** @return the document written */
    String document() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    @Override
    public void startContainer(NodeBinding container) {
        try {
            key(container.node().name());
            json.writeStartObject();
            inArray.push(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endContainer(NodeBinding container) {
        try {
            fields(unknown);
            unknown.clear();
            json.writeEndObject();
            inArray.pop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void leaf(NodeBinding leaf, String value) {
        try {
            key(leaf.node().name());
            if ("integer".equals(leaf.node().baseType())) {
                json.writeNumber(value); // the model's whole number, as Integer writes it
            } else {
                json.writeString(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void startList(NodeBinding entries) {
        try {
            json.writeFieldName(entries.node().name());
            json.writeStartArray();
            inArray.push(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endList(NodeBinding entries) {
        try {
            json.writeEndArray();
            inArray.pop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean keep(UnknownNode node) {
        try {
            if (Boolean.TRUE.equals(inArray.peek())) {
                value(node); // one more entry of a documented repeatable node
            } else {
                unknown.add(node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** Names the value about to be written, unless it is the root or an array's entry. */
    private void key(String name) throws IOException {
        if (Boolean.FALSE.equals(inArray.peek())) {
            json.writeFieldName(name);
        }
    }

    private void value(UnknownNode node) throws IOException {
        if (node.isLeaf()) {
            json.writeString(node.text());
        } else {
            json.writeStartObject();
            fields(node.children());
            json.writeEndObject();
        }
    }

    /** Writes unknown nodes as an object's fields: a name that occurs more than once as an array. */
    private void fields(List<UnknownNode> nodes) throws IOException {
        var byName = new LinkedHashMap<String, List<UnknownNode>>();
        for (var node : nodes) {
            byName.computeIfAbsent(node.name(), name -> new ArrayList<>()).add(node);
        }
        for (var entry : byName.entrySet()) {
            json.writeFieldName(entry.getKey());
            if (entry.getValue().size() == 1) {
                value(entry.getValue().get(0));
            } else {
                json.writeStartArray();
                for (var node : entry.getValue()) {
                    value(node);
                }
                json.writeEndArray();
            }
        }
    }
}
