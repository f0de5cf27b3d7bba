package io.cicallback.internal.validate;


import io.cicallback.internal.schema.SchemaNode;
import java.util.Map;

/** The wording of leaf-value findings, shared by both formats so that they say the same thing. */
final class ValueMessages {

    /** Shown in messages, so that a person knows what form was expected. */
    private static final Map<String, String> FORMS = Map.of(
            "Decimal", "a decimal number such as 13.688163",
            "Integer", "a whole number",
            "Time", "a time such as 2022-07-01T10:12:26+0800, or -",
            "AudioBitrate", "a whole number from 8 to 1000",
            "Identifier", "a non-empty identifier");

    private ValueMessages() {
    }

    static String malformed(SchemaNode leaf, String raw) {
        if (raw != null && !LeafRules.isXmlText(raw)) {
            return "value " + quote(raw) + " holds a character no callback can carry (a control character other than"
                    + " tab and line ends, U+FFFE, U+FFFF or a lone surrogate)";
        }
        var form = leaf == null ? null : FORMS.get(leaf.leafType());
        if (form == null && leaf != null && leaf.isLeaf()) {
            form = leaf.allowedValues().isEmpty() ? "a " + leaf.baseType() : "one of " + String.join(", ", leaf.allowedValues());
        }
        return "value " + quote(raw) + " is not " + (form == null ? "of the documented form" : form);
    }

    static String unknownValue(SchemaNode leaf, String raw) {
        return "value " + quote(raw) + " is not one of the documented values ("
                + String.join(", ", leaf.allowedValues()) + ")";
    }

    static String unknownNode(String name) {
        return "node " + name + " is not described by the schema";
    }

    static String missingNode(String name) {
        return "required node " + name + " is missing";
    }

    static String quote(String raw) {
        if (raw == null) {
            return "(none)";
        }
        var shown = raw.length() > 80 ? raw.substring(0, 80) + "..." : raw;
        return "'" + shown + "'";
    }

    static String textInContainer(SchemaNode container) {
        return "text is not allowed in container " + (container == null ? "" : container.name());
    }

    static String tooManyNames(int limit) {
        return "the body brings more than " + limit + " distinct names the schemas do not document";
    }
}
