package io.cicallback.internal.validate;

import io.cicallback.model.UnknownNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget of the unknown nodes one lenient read keeps, and what it could not keep. The reader's model builder
 * takes each kept node as it is read; behind the reference binders they are listed here instead, each with the
 * path of the documented container it stood in, for {@code UnknownNodePlacement} to hang on the model once it is
 * bound. Both readers fill it the same way. Keeping is bounded: at most a budget of elements (the limit on repeatable entries) per body; a node that
 * does not fit whole is skipped as before, and only reported.
 */
public final class KeptNodes {

    /**
     * One step of a container's path.
     *
     * @param name  the container's wire name
     * @param index its 0-based index among its bound same-named siblings, or -1 when it cannot repeat
     */
    public record Step(String name, int index) {
    }

    /**
     * @param parent the steps from the root (excluded) to the container the node stood in
     * @param node   the node
     */
    public record Kept(List<Step> parent, UnknownNode node) {
    }

    /** Made on first use, as are the paths left out: every read has one of these, and most keep nothing. */
    private List<Kept> kept = List.of();
    private int budget;
    private List<String> leftOut = List.of();
    private final int leftOutListed;
    private int leftOutCount;

    /**
     * @param budget        how many elements, at every depth, the read may keep
     * @param leftOutListed how many paths of nodes it could not keep are listed (the rest are counted)
     */
    public KeptNodes(int budget, int leftOutListed) {
        this.budget = budget;
        this.leftOutListed = leftOutListed;
    }

    /** @return whether the next node left out is listed by its path; when not, {@link #leftOut} takes {@code null} */
    boolean listsLeftOut() {
        return leftOut.size() < leftOutListed;
    }

    /**
     * Records an unknown node (or attribute) the read could not keep.
     *
     * @param path its path, or {@code null} when {@link #listsLeftOut()} said it is only counted
     */
    void leftOut(String path) {
        leftOutCount++;
        if (path != null && listsLeftOut()) {
            if (leftOut.isEmpty()) {
                leftOut = new ArrayList<>();
            }
            leftOut.add(path);
        }
    }

    /** @return the paths of the unknown nodes the read could not keep, as many as are listed */
    public List<String> leftOutPaths() {
        return leftOut;
    }

    /** @return how many unknown nodes the read could not keep, listed or not */
    public int leftOutCount() {
        return leftOutCount;
    }

    /** @return whether one more element fits the budget; counts it when it does */
    boolean admit() {
        if (budget <= 0) {
            return false;
        }
        budget--;
        return true;
    }

    void add(List<Step> parent, UnknownNode node) {
        if (kept.isEmpty()) {
            kept = new ArrayList<>();
        }
        kept.add(new Kept(List.copyOf(parent), node));
    }

    /** @return what was kept, in document order */
    public List<Kept> list() {
        return kept;
    }

    /**
     * @return whether XML can name an element so: an XML 1.0 name without a colon (no namespace to declare),
     *         what a JSON key must be for the node to be kept
     */
    static boolean isElementName(String name) {
        if (name.isEmpty() || name.length() > 1024) {
            return false;
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!(i == 0 ? isNameStart(c) : isNameStart(c) || isNamePart(c))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    // NameStartChar and NameChar of XML 1.0 (fifth edition), colon left out.
    private static boolean isNameStart(int c) {
        return c >= 'A' && c <= 'Z' || c == '_' || c >= 'a' && c <= 'z' || c >= 0xC0 && c <= 0xD6
                || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF || c >= 0x370 && c <= 0x37D
                || c >= 0x37F && c <= 0x1FFF || c == 0x200C || c == 0x200D || c >= 0x2070 && c <= 0x218F
                || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF || c >= 0xF900 && c <= 0xFDCF
                || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c <= 0xEFFFF;
    }

    private static boolean isNamePart(int c) {
        return c == '-' || c == '.' || c >= '0' && c <= '9' || c == 0xB7 || c >= 0x300 && c <= 0x36F
                || c == 0x203F || c == 0x2040;
    }
}
