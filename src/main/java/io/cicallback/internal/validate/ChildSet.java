package io.cicallback.internal.validate;

/**
 * A set of child positions of one container, as the readers track them per container read (which children
 * were seen, forwarded or written): a bit per position, in one {@code long} for the first 64 (most containers
 * have fewer) and in words allocated on first use beyond them ({@code Operation} lists every job type's nodes).
 */
final class ChildSet {

    private long low;
    private long[] high;

    void add(int position) {
        if (position < Long.SIZE) {
            low |= 1L << position;
            return;
        }
        int word = position / Long.SIZE - 1;
        if (high == null || high.length <= word) {
            high = java.util.Arrays.copyOf(high == null ? new long[0] : high, word + 1);
        }
        high[word] |= 1L << position;
    }

    boolean contains(int position) {
        if (position < Long.SIZE) {
            return (low & 1L << position) != 0;
        }
        int word = position / Long.SIZE - 1;
        return high != null && word < high.length && (high[word] & 1L << position) != 0;
    }
}
