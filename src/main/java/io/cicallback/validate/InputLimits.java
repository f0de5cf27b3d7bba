package io.cicallback.validate;

/**
 * Bounds on untrusted input. Each bounds something whose cost would otherwise grow faster than the body, or
 * stay behind after it, and each is enforced while reading, before the work it bounds: a body within the
 * limits costs time and memory linear in its size. A body over a limit is rejected in both modes with a
 * finding of kind {@link FindingKind#LIMIT_EXCEEDED}.
 *
 * <pre>{@code
 * var limits = InputLimits.builder().maxBodyBytes(1 << 20).build();
 * var reader = CallbackReader.builder().limits(limits).build();
 * }</pre>
 *
 * @param maxBodyBytes      largest body accepted, in bytes
 * @param maxDepth          deepest element or value nesting accepted; the callback itself is 7 levels deep
 * @param maxNumberLength   longest JSON number token accepted, in digits; numbers sent as text are held to
 *                          the schemas' bounded forms instead (18 digits before and after the point)
 * @param maxRepeatedNodes  most entries of repeatable nodes (jobs, streams, headers, output objects) in one
 *                          body, counted together
 * @param maxErrors         errors after which reading stops and rejects; the findings then end with a
 *                          {@code LIMIT_EXCEEDED} error
 * @param maxWarnings       warnings kept one by one; further warnings are counted and summarised per kind,
 *                          and never reject a body
 * @param maxNameLength     longest XML element or attribute name, and longest JSON key, in characters
 * @param maxDistinctNames  most distinct names the schemas do not document in one body: XML element and
 *                          attribute names, namespace prefixes and URIs, processing-instruction targets, and
 *                          JSON keys (an XML parser keeps every name it meets in a table)
 * @param maxAttributes     most attributes on one XML element, namespace declarations included (callbacks
 *                          carry none; each is resolved against the declarations in scope)
 * @param maxNamespaces     most XML namespace declarations in scope at once (every prefixed name is resolved
 *                          by a scan of them)
 */
public record InputLimits(int maxBodyBytes, int maxDepth, int maxNumberLength, int maxRepeatedNodes, int maxErrors,
                          int maxWarnings, int maxNameLength, int maxDistinctNames, int maxAttributes,
                          int maxNamespaces) {

    /** 4 MiB: a callback with a thousand streams is about 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
    /** Well above the callback's own depth, far below what exhausts a stack. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** Any number the schemas accept (18 + 18 digits, a sign and a point) fits with room to spare. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
    /** Room for a thousand audio streams with their video, subtitle and output entries, several times over. */
    public static final int DEFAULT_MAX_REPEATED_NODES = 10_000;
    /** More errors than this say nothing new about a body; collecting them would only cost memory. */
    public static final int DEFAULT_MAX_ERRORS = 500;
    /** Enough to see every kind of change Tencent makes; the rest is counted. */
    public static final int DEFAULT_MAX_WARNINGS = 100;
    /** Several times the longest documented name. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 256;
    /** Far more new fields than Tencent adds to a callback at once. */
    public static final int DEFAULT_MAX_DISTINCT_NAMES = 1_000;
    /** Room for a namespace declaration or an {@code xsi:} attribute a proxy might add. */
    public static final int DEFAULT_MAX_ATTRIBUTES = 32;
    /** Callbacks declare no namespace; room for the few a proxy or an XML library might add. */
    public static final int DEFAULT_MAX_NAMESPACES = 32;
    /**
     * How much larger than the body it was read from a written form can be: escaping ({@code &} is written
     * as {@code &amp;}) and indentation.
     */
    public static final int WRITTEN_FORM_GROWTH = 8;

    /**
     * Checks that every limit is positive.
     *
     * @param maxBodyBytes     largest body accepted, in bytes
     * @param maxDepth         deepest nesting accepted
     * @param maxNumberLength  longest JSON number token accepted, in digits
     * @param maxRepeatedNodes most entries of repeatable nodes in one body
     * @param maxErrors        errors after which reading stops
     * @param maxWarnings      warnings listed one by one
     * @param maxNameLength    longest name or key
     * @param maxDistinctNames most distinct undocumented names in one body
     * @param maxAttributes    most attributes on one XML element
     * @param maxNamespaces    most XML namespace declarations in scope
     */
    public InputLimits {
        if (maxBodyBytes < 1 || maxDepth < 1 || maxNumberLength < 1 || maxRepeatedNodes < 1 || maxErrors < 1
                || maxWarnings < 0 || maxNameLength < 1 || maxDistinctNames < 1 || maxAttributes < 1
                || maxNamespaces < 1) {
            throw new IllegalArgumentException("limits must be positive (maxWarnings may be 0): " + describe(
                    maxBodyBytes, maxDepth, maxNumberLength, maxRepeatedNodes, maxErrors, maxWarnings, maxNameLength,
                    maxDistinctNames, maxAttributes, maxNamespaces));
        }
    }

    /** @return the default limits, sized for real callbacks */
    public static InputLimits defaults() {
        return builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder(new InputLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NUMBER_LENGTH,
                DEFAULT_MAX_REPEATED_NODES, DEFAULT_MAX_ERRORS, DEFAULT_MAX_WARNINGS, DEFAULT_MAX_NAME_LENGTH,
                DEFAULT_MAX_DISTINCT_NAMES, DEFAULT_MAX_ATTRIBUTES, DEFAULT_MAX_NAMESPACES));
    }

    /** @return a builder starting from these limits */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The limits that read back what {@code CallbackWriter} writes of a callback read within these limits:
     * the same, but for a body up to {@link #WRITTEN_FORM_GROWTH} times as large. The writer checks what it
     * writes with {@code defaults().forWrittenForms()}: a model's own size is no attack on its writer.
     *
     * @return these limits with room for the written form's growth
     */
    public InputLimits forWrittenForms() {
        long grown = (long) maxBodyBytes * WRITTEN_FORM_GROWTH;
        return toBuilder().maxBodyBytes((int) Math.min(grown, Integer.MAX_VALUE - 16)).build();
    }

    private static String describe(int... values) {
        return java.util.Arrays.toString(values);
    }

    /** Sets limits one at a time, starting from the defaults or from existing limits. */
    public static final class Builder {
        private int maxBodyBytes;
        private int maxDepth;
        private int maxNumberLength;
        private int maxRepeatedNodes;
        private int maxErrors;
        private int maxWarnings;
        private int maxNameLength;
        private int maxDistinctNames;
        private int maxAttributes;
        private int maxNamespaces;

        private Builder(InputLimits from) {
            maxBodyBytes = from.maxBodyBytes;
            maxDepth = from.maxDepth;
            maxNumberLength = from.maxNumberLength;
            maxRepeatedNodes = from.maxRepeatedNodes;
            maxErrors = from.maxErrors;
            maxWarnings = from.maxWarnings;
            maxNameLength = from.maxNameLength;
            maxDistinctNames = from.maxDistinctNames;
            maxAttributes = from.maxAttributes;
            maxNamespaces = from.maxNamespaces;
        }

        /**
         * @param value largest body accepted, in bytes (default 4 MiB)
         * @return this builder
         */
        public Builder maxBodyBytes(int value) {
            maxBodyBytes = value;
            return this;
        }

        /**
         * @param value deepest nesting accepted (default 32)
         * @return this builder
         */
        public Builder maxDepth(int value) {
            maxDepth = value;
            return this;
        }

        /**
         * @param value longest JSON number token accepted, in characters (default 64)
         * @return this builder
         */
        public Builder maxNumberLength(int value) {
            maxNumberLength = value;
            return this;
        }

        /**
         * @param value most entries of repeatable nodes in one body (default 10,000)
         * @return this builder
         */
        public Builder maxRepeatedNodes(int value) {
            maxRepeatedNodes = value;
            return this;
        }

        /**
         * @param value errors after which reading stops (default 500)
         * @return this builder
         */
        public Builder maxErrors(int value) {
            maxErrors = value;
            return this;
        }

        /**
         * @param value warnings kept one by one before the rest are summarised (default 100)
         * @return this builder
         */
        public Builder maxWarnings(int value) {
            maxWarnings = value;
            return this;
        }

        /**
         * @param value longest XML name or JSON key, in characters (default 256)
         * @return this builder
         */
        public Builder maxNameLength(int value) {
            maxNameLength = value;
            return this;
        }

        /**
         * @param value most distinct undocumented names in one body (default 1,000)
         * @return this builder
         */
        public Builder maxDistinctNames(int value) {
            maxDistinctNames = value;
            return this;
        }

        /**
         * @param value most attributes on one XML element, namespace declarations included (default 32)
         * @return this builder
         */
        public Builder maxAttributes(int value) {
            maxAttributes = value;
            return this;
        }

        /**
         * @param value most XML namespace declarations in scope at once (default 32)
         * @return this builder
         */
        public Builder maxNamespaces(int value) {
            maxNamespaces = value;
            return this;
        }

        /**
         * @return the limits
         * @throws IllegalArgumentException when a limit is not positive
         */
        public InputLimits build() {
            return new InputLimits(maxBodyBytes, maxDepth, maxNumberLength, maxRepeatedNodes, maxErrors, maxWarnings,
                    maxNameLength, maxDistinctNames, maxAttributes, maxNamespaces);
        }
    }
}
