package io.cicallback.internal.validate;


import java.util.regex.Pattern;
import io.cicallback.internal.schema.SchemaNode;
import io.cicallback.value.CallbackTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a leaf's text must be, from the schema tree: characters XML 1.0 can carry, the type's pattern, a real
 * calendar moment for times (which no pattern can say), and one of the listed values for enumerations.
 *
 * <p>Patterns are matched whole ({@code matches()}), so the JSON Schema's {@code ^( )$} anchors are not needed,
 * and they repeat nothing without a bound ({@code SchemaConsistencyTest} enforces it), so matching is linear
 * in the text. For texts that pass the character check, java.util.regex and RE2/J (everit's engine here)
 * agree on these patterns; java.util.regex is several times faster on short texts.
 */
final class LeafRules {

    /** What a leaf's text is found to be. */
    enum Verdict { VALID, UNKNOWN_VALUE, MALFORMED }

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final String TIME = "Time";

    private LeafRules() {
    }

    /**
     * @param text a leaf's text, of characters XML can carry: the XML parser guarantees it, the JSON reader
     *             checks {@link #isXmlText} first
     * @return the verdict on {@code text} as the value of {@code leaf}
     */
    static Verdict check(SchemaNode leaf, String text) {
        if (!matchesForm(leaf, text)) {
            return Verdict.MALFORMED;
        }
        if (!leaf.allowedValues().isEmpty() && !leaf.allowedValues().contains(text)) {
            return Verdict.UNKNOWN_VALUE;
        }
        return Verdict.VALID;
    }

    /** @return whether the text has the leaf type's form: its pattern and, for times, a real moment */
    private static boolean matchesForm(SchemaNode leaf, String text) {
        if (leaf.pattern() != null && !COMPILED.computeIfAbsent(leaf.pattern(), Pattern::compile).matcher(text).matches()) {
            return false;
        }
        return !isTime(leaf) || CallbackTime.isValid(text);
    }

    private static boolean isTime(SchemaNode leaf) {
        return TIME.equals(leaf.leafType());
    }

    /**
     * @return whether every character can appear in an XML 1.0 document: so that whatever a JSON body carries
     *         can be written as XML and read back the same
     */
    static boolean isXmlText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // \r too: the XML writer escapes it (&#13;), so it survives an XML reader's line-end handling.
            if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }
}
