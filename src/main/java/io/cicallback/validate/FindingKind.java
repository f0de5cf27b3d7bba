package io.cicallback.validate;

/** What a finding is about; decides, with the {@link ValidationMode}, its severity. */
public enum FindingKind {
    /** The body is empty, not well-formed XML or JSON, not valid UTF-8, or truncated. */
    NOT_WELL_FORMED(false),
    /** The body uses a construct refused on untrusted input: a DOCTYPE, entities, JSON comments. */
    FORBIDDEN_CONSTRUCT(false),
    /** The body exceeds a configured limit: size, nesting depth or number of findings. */
    LIMIT_EXCEEDED(false),
    /** The body is not a TaskFinish callback: another root, another event name. */
    NOT_A_CALLBACK(false),
    /** A node the callback cannot lack is absent. */
    MISSING_NODE(false),
    /** A node is where the schema allows no such node: repeated, or text where children belong. */
    STRUCTURE(false),
    /** A node the schemas do not describe; Tencent may have added it. */
    UNKNOWN_NODE(true),
    /** An enumerated leaf carries a value the schemas do not list. */
    UNKNOWN_VALUE(true),
    /** A leaf's text does not have its type's form, e.g. a Duration of {@code abc}. */
    MALFORMED_VALUE(true),
    /** Known nodes in another order than the schema's sequence. */
    ORDER(true);

    private final boolean tolerable;

    FindingKind(boolean tolerable) {
        this.tolerable = tolerable;
    }

    /** @return whether lenient mode downgrades this kind to a warning */
    public boolean isTolerable() {
        return tolerable;
    }
}
