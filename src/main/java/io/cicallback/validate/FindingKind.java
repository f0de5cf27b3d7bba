package io.cicallback.validate;

/** What a finding is about; decides, with the {@link ValidationMode}, its severity. */
public enum FindingKind {
    // Each kind says whether lenient mode downgrades it to a warning, and whether strict mode does too.
    /** The body is empty, not well-formed XML or JSON, not valid UTF-8, or truncated. */
    NOT_WELL_FORMED(false, false),
    /** The body uses a construct refused on untrusted input: a DOCTYPE, entities, JSON comments. */
    FORBIDDEN_CONSTRUCT(false, false),
    /** The body exceeds a configured limit: size, nesting depth or number of findings. */
    LIMIT_EXCEEDED(false, false),
    /** The body is not a callback: another root, or a body whose event name contradicts its content. */
    NOT_A_CALLBACK(false, false),
    /**
     * The body is a callback of an event not taken here: one the schemas do not document (TaskFinish and
     * WorkflowFinish are), added by Tencent later, or one the endpoint's parameter type does not take (a
     * WorkflowFinish at a {@code TaskFinishCallback} parameter). Refused in both modes, with this kind alone,
     * so that an endpoint can tell it apart ({@link CallbackRejectedException#isUnhandledEvent()}) and decide
     * how to answer.
     */
    UNHANDLED_EVENT(false, false),
    /** A node the callback cannot lack is absent. */
    MISSING_NODE(false, false),
    /**
     * A node every complete callback carries is absent, as in some of Tencent's own abridged samples (an
     * EventName, a job's State): lenient mode reads on without it, strict mode refuses the body.
     */
    MISSING_EXPECTED_NODE(true, false),
    /** A node is where the schema allows no such node: repeated, or text where children belong. */
    STRUCTURE(false, false),
    /** A node the schemas do not describe; Tencent may have added it. */
    UNKNOWN_NODE(true, false),
    /** An enumerated leaf carries a value the schemas do not list. */
    UNKNOWN_VALUE(true, false),
    /** A leaf's text does not have its type's form, e.g. a Duration of {@code abc}. */
    MALFORMED_VALUE(true, false),
    /**
     * Known nodes in another order than an XSD sequence's. No longer raised: element order never matters, and
     * the schemas declare no sequence (Tencent documents nodes, not their order, and JSON has none). Kept so that
     * code switching over the kinds still compiles; it would be a warning in both modes.
     */
    ORDER(true, true);

    private final boolean tolerable;
    private final boolean toleratedWhenStrict;

    FindingKind(boolean tolerable, boolean toleratedWhenStrict) {
        this.tolerable = tolerable;
        this.toleratedWhenStrict = toleratedWhenStrict;
    }

    /** @return whether lenient mode downgrades this kind to a warning */
    public boolean isTolerable() {
        return tolerable;
    }

    /** @return whether strict mode, too, reports this kind as a warning */
    public boolean isToleratedWhenStrict() {
        return toleratedWhenStrict;
    }
}
