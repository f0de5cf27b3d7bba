package io.cicallback.write;

import io.cicallback.internal.bind.NodeBinding;
import io.cicallback.internal.bind.WalkOutput;
import io.cicallback.model.UnknownNode;

/**
 * A model's nodes, as the walk along the grammar gives them, written as an indented XML document. Text is
 * escaped where XML requires it, and a carriage return as a reference, so that a reader's line-end handling
 * gives it back. One instance per document.
 */
final class XmlText implements WalkOutput {

    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder(4096)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    private int depth;
    /** Where the last start tag began and ended: an element closed right after it is written empty. */
    private int openStart = -1;
    private int openEnd = -1;

    /** @return the document written */
    String document() {
        return out.toString();
    }

    @Override
    public void startContainer(NodeBinding container) {
        open(container.node().name());
    }

    @Override
    public void endContainer(NodeBinding container) {
        close(container.node().name());
    }

    @Override
    public void leaf(NodeBinding leaf, String text) {
        element(leaf.node().name(), text);
    }

    @Override
    public boolean keep(UnknownNode node) {
        if (node.isLeaf()) {
            element(node.name(), node.text());
        } else {
            open(node.name());
            node.children().forEach(this::keep);
            close(node.name());
        }
        return true;
    }

    private void open(String name) {
        indent();
        openStart = out.length();
        out.append('<').append(name).append(">\n");
        openEnd = out.length();
        depth++;
    }

    private void close(String name) {
        depth--;
        if (out.length() == openEnd) {
            out.setLength(openStart);
            out.append('<').append(name).append("/>\n");
            return;
        }
        indent();
        out.append("</").append(name).append(">\n");
    }

    private void element(String name, String text) {
        indent();
        out.append('<').append(name).append('>');
        escape(text);
        out.append("</").append(name).append(">\n");
    }

    private void indent() {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
