package io.cicallback.internal.validate;


import io.cicallback.internal.bind.LeafText;
import io.cicallback.internal.schema.SchemaNode;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import io.cicallback.value.CallbackTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a leaf's text must be, from the schema tree: characters XML 1.0 can carry, the type's pattern, a real
 * calendar moment for times (which no pattern can say), and one of the listed values for enumerations.
 *
 * <p>The schemas' patterns are checked by hand-written deciders, chosen by the pattern's exact text
 * ({@link #DECIDERS}): a callback has dozens of leaves, and a regular expression each was a sixth of a JSON
 * read. A pattern without a decider (one changed in the schema, say) is matched by java.util.regex, whole
 * ({@code matches()}, so the JSON Schema's {@code ^( )$} anchors are not needed); patterns repeat nothing
 * without a bound ({@code SchemaConsistencyTest} enforces it), so matching stays linear in the text.
 * {@code LeafFormsTest} checks every decider against its pattern, and that every pattern has one.
 */
final class LeafRules {

    /**
     * What a leaf's text is: a value, an undocumented value of an enumeration, not of the leaf's form, or no
     * value at all ({@link #ABSENT}: empty text in an optional leaf, as Tencent writes unset values,
     * <code>&lt;Bitrate/&gt;</code>, <code>&lt;Message/&gt;</code>; the leaf is read as absent, silently, and never
     * reaches the binder, so the model needs no pruning of it).
     */
    enum Verdict { VALID, UNKNOWN_VALUE, MALFORMED, ABSENT }

    /** The schemas' {@code Time} pattern; the calendar check comes on top of it. */
    static final String TIME_FORM = "-|[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
            + "(Z|[-+][0-9]{2}:?[0-9]{2})?";
    /** The schemas' {@code Identifier} pattern. */
    static final String IDENTIFIER_FORM = "\\S{1,256}";
    /** The schemas' {@code AudioBitrate} pattern. */
    static final String AUDIO_BITRATE_FORM = "[89]|[1-9][0-9]{1,2}|1000";

    /** Decides the Time pattern and the calendar at once: the parser reads the form by position. */
    private static final Predicate<String> TIME_DECIDER = CallbackTime::isValid;

    /** The patterns of the schemas' leaf types, each with the code that decides it. */
    static final Map<String, Predicate<String>> DECIDERS = Map.of(
            LeafText.INTEGER_FORM, LeafText::isInteger,
            LeafText.INT_FORM, LeafText::isInt,
            LeafText.DECIMAL_FORM, LeafText::isDecimal,
            TIME_FORM, TIME_DECIDER,
            IDENTIFIER_FORM, LeafRules::isIdentifier,
            AUDIO_BITRATE_FORM, LeafRules::isAudioBitrate);

    private static final Map<String, Predicate<String>> COMPILED = new ConcurrentHashMap<>();
    private static final String TIME = "Time";

    private LeafRules() {
    }

    /**
     * @return the whole check of a leaf's form, built once per tree ({@link CompiledTree}): its pattern's
     *         decider and, for times, the calendar (which the Time pattern's decider checks already)
     */
    static Predicate<String> form(SchemaNode leaf) {
        Predicate<String> pattern = leaf.pattern() == null ? text -> true : decider(leaf.pattern());
        return TIME.equals(leaf.leafType()) && pattern != TIME_DECIDER ? pattern.and(CallbackTime::isValid) : pattern;
    }

    /**
     * @param form the leaf's {@link #form}
     * @param text a leaf's text, of characters XML can carry: the XML parser guarantees it, the JSON reader
     *             checks {@link #isXmlText} first
     * @return the verdict on {@code text} as the value of {@code leaf}
     */
    static Verdict check(SchemaNode leaf, Predicate<String> form, String text) {
        if (text.isEmpty() && !leaf.required()) {
            return Verdict.ABSENT;
        }
        if (!form.test(text)) {
            return Verdict.MALFORMED;
        }
        if (!leaf.allowedValues().isEmpty() && !leaf.allowedValues().contains(text)) {
            return Verdict.UNKNOWN_VALUE;
        }
        return Verdict.VALID;
    }

    /** @return the hand-written decider of a pattern, or the pattern compiled */
    static Predicate<String> decider(String pattern) {
        var decider = DECIDERS.get(pattern);
        return decider != null ? decider
                : COMPILED.computeIfAbsent(pattern, p -> {
                    var compiled = Pattern.compile(p);
                    return text -> compiled.matcher(text).matches();
                });
    }

    /** @return whether the text is of the {@link #IDENTIFIER_FORM}: 1 to 256 characters, none of them white space */
    static boolean isIdentifier(String text) {
        int characters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f') {
                return false; // java.util.regex's \s
            }
            if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                characters++; // code points, as regular expressions count them
            }
        }
        return characters >= 1 && characters <= 256;
    }

    /** @return whether the text is of the {@link #AUDIO_BITRATE_FORM}: 8 to 1000, without leading zeros */
    static boolean isAudioBitrate(String text) {
        int length = text.length();
        if (length < 1 || length > 4 || text.charAt(0) == '0') {
            return false;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value >= 8 && value <= 1000;
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
