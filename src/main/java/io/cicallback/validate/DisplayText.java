package io.cicallback.validate;

/**
 * Makes untrusted text safe to print on a terminal or write to a log line: control characters, line and
 * paragraph separators, bidirectional and other invisible format characters, and unpaired surrogates become
 * a backslash, u and four hex digits. Printable text, Chinese included, is left as it is.
 *
 * <p>Finding messages and paths are escaped already; {@link Finding#rawText()} is not (it is the evidence, as
 * received), and neither are the model's values: escape those before printing them.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /**
     * @param text untrusted text, may be {@code null}
     * @return the text with every non-printing character escaped; {@code null} for {@code null}
     */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text; // the usual case: no copy
        }
        var out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (isUnsafe(codePoint)) {
                    out.append(String.format("\\u{%X}", codePoint));
                } else {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (isUnsafe(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && (isUnsafe(c) || Character.isSurrogate(c))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnsafe(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }
}
