package io.cicallback.internal.bind;

import io.cicallback.model.UnknownNode;

/**
 * What a walk along the compiled grammar passes on: documented nodes, each with its binding, and unknown nodes.
 * Reading, the walk over a body passes the nodes it found fit to bind, in document order: the reader's fast path
 * gives them to a {@link ModelBuilder}, which makes the model from them; the validators of record receive them
 * as the XSD validator's events or everit's tokens; a node set aside by the walk (unknown, malformed, over a
 * limit) is never passed on. Writing, the walk over a model passes its nodes in the grammar's order to the
 * writer's XML or JSON text.
 */
public interface WalkOutput {

    /** Takes nothing: for a walk that only judges (the writer's check of what it wrote). */
    WalkOutput NOTHING = new WalkOutput() {
        @Override
        public void startContainer(NodeBinding container) {
        }

        @Override
        public void endContainer(NodeBinding container) {
        }

        @Override
        public void leaf(NodeBinding leaf, String text) {
        }
    };

    /** A container begins; the root's binding comes first. */
    void startContainer(NodeBinding container);

    /** The container begun last ends. */
    void endContainer(NodeBinding container);

    /** A leaf with its text, judged already, of characters XML can carry. */
    void leaf(NodeBinding leaf, String text);

    /** The entries of a repeatable node sent as a JSON array begin. */
    default void startList(NodeBinding entries) {
    }

    /** The entries of a repeatable node end. */
    default void endList(NodeBinding entries) {
    }

    /** Text that is no white space, inside a container: only the XSD validator judges it. */
    default void containerText(char[] text, int start, int length) {
    }

    /**
     * Offers an unknown node (or a key/value entry) that a lenient read keeps, standing in the container begun
     * last.
     *
     * @return whether it was taken; when not, the walk keeps it by its container's path
     */
    default boolean keep(UnknownNode node) {
        return false;
    }
}
