package io.cicallback.internal.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * The distinct names one body brings that the schemas do not document, held to
 * {@link io.cicallback.validate.InputLimits#maxDistinctNames()}. Parsers keep the names they meet in tables
 * (the JDK's XML parser for its whole life, Jackson in its key cache), so distinct names cost memory, both
 * during a read and after it; the readers admit each name here as they meet it and stop at the first one over.
 * One instance per body.
 */
public final class NameBudget {

    private final int max;
    /** Created on the first undocumented name: most bodies have none. */
    private Set<String> names;

    /** @param max the most distinct names admitted */
    public NameBudget(int max) {
        this.max = max;
    }

    /**
     * @param name an undocumented name met in the body
     * @return whether it fits: {@code false} once the body has brought more than the limit's distinct names
     */
    public boolean admit(String name) {
        if (names == null) {
            names = new HashSet<>();
        }
        return !names.add(name) || names.size() <= max;
    }

    /** @return how many distinct names were admitted or refused */
    public int count() {
        return names == null ? 0 : names.size();
    }
}
