package io.cicallback.internal.validate;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.cicallback.internal.bind.LeafText;
import io.cicallback.internal.bind.NodeBinding;
import io.cicallback.internal.bind.WalkOutput;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The walk's output as JSON tokens in the documented form (a repeatable node always an array, an integer where
 * the JSON Schema has one), for everit, the judge of record, and the reference binder. One instance per body.
 */
final class TokenOutput implements WalkOutput {

    private final TokenBuffer tokens = new TokenBuffer(null, false);

    /** @return the tokens written */
    TokenBuffer tokens() {
        return tokens;
    }

    @Override
    public void startContainer(NodeBinding container) {
        try {
            name(container);
            tokens.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a token buffer writes to memory
        }
    }

    @Override
    public void endContainer(NodeBinding container) {
        try {
            tokens.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void leaf(NodeBinding leaf, String text) {
        try {
            name(leaf);
            if ("integer".equals(leaf.node().baseType())) {
                tokens.writeNumber(LeafText.toInteger(text)); // the walk passes only text that is one
            } else {
                tokens.writeString(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void startList(NodeBinding entries) {
        try {
            tokens.writeFieldName(entries.node().name());
            tokens.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void endList(NodeBinding entries) {
        try {
            tokens.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names a value, unless it is the root or an entry of an array. */
    private void name(NodeBinding node) throws IOException {
        if (!node.isRoot() && !node.node().repeatable()) {
            tokens.writeFieldName(node.node().name());
        }
    }
}
