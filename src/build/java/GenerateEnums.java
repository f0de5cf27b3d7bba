import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Build step (run by Maven in Java's single-file source mode at generate-sources): writes one Java enum per
 * named XSD enumeration type given, with a constant per documented value plus {@code UNKNOWN}, so that code
 * can switch on a value while one Tencent adds later stays readable as text. No constant is written by hand.
 *
 * <p>Arguments: the main XSD (its includes are followed), the output source folder, the package, then the simple type names.
 */
public final class GenerateEnums {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    public static void main(String[] args) throws Exception {
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var types = new java.util.HashMap<String, Element>();
        collect(factory, Path.of(args[0]), types);
        var folder = Path.of(args[1]).resolve(args[2].replace('.', '/'));
        Files.createDirectories(folder);
        for (int i = 3; i < args.length; i++) {
            var type = types.get(args[i]);
            if (type == null) {
                throw new IllegalArgumentException("no xs:simpleType named " + args[i]);
            }
            Files.writeString(folder.resolve(args[i] + ".java"), source(args[2], args[i], type), StandardCharsets.UTF_8);
        }
    }

    /** Gathers the named simple types of a schema document and of the documents it includes. */
    private static void collect(DocumentBuilderFactory factory, Path file, java.util.Map<String, Element> types)
            throws Exception {
        var schema = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        for (var child : children(schema)) {
            if ("include".equals(child.getLocalName())) {
                collect(factory, file.resolveSibling(child.getAttribute("schemaLocation")), types);
            } else if ("simpleType".equals(child.getLocalName())) {
                types.put(child.getAttribute("name"), child);
            }
        }
    }

    private static String source(String pkg, String name, Element type) {
        var values = new ArrayList<String>();
        String doc = "";
        for (var child : children(type)) {
            if ("annotation".equals(child.getLocalName())) {
                doc = child.getTextContent().strip().replaceAll("\\s+", " ");
            } else if ("restriction".equals(child.getLocalName())) {
                for (var facet : children(child)) {
                    if ("enumeration".equals(facet.getLocalName())) {
                        values.add(facet.getAttribute("value"));
                    }
                }
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " lists no values");
        }
        var constants = new StringBuilder();
        for (var value : values) {
            constants.append("    /** {@code ").append(value).append("} */\n    ").append(constant(value))
                    .append("(\"").append(value).append("\"),\n");
        }
        return """
                package %1$s;

                /**
                 * %2$s
                 *
                 * <p>Generated from the XSD's {@code %3$s} type at build time: one constant per documented value,
                 * and {@link #UNKNOWN} for any other text, which the model keeps as sent, or for no text at all (a
                 * node lenient mode let be absent), so that a {@code switch} over it never meets {@code null}.
                 */
                public enum %3$s {
                %4$s    /** A value the schema does not document (yet), or none was sent: read the raw text instead. */
                    UNKNOWN(null);

                    private final String text;

                    %3$s(String text) {
                        this.text = text;
                    }

                    /** @return the text this value has in a callback; {@code null} for {@link #UNKNOWN} */
                    public String text() {
                        return text;
                    }

                    /**
                     * @param text a value's text as a callback carries it, or {@code null} when it carries none
                     * @return its constant; {@link #UNKNOWN} for undocumented text and for {@code null}
                     */
                    public static %3$s of(String text) {
                        for (var value : values()) {
                            if (value.text != null && value.text.equals(text)) {
                                return value;
                            }
                        }
                        return UNKNOWN;
                    }
                }
                """.formatted(pkg, doc, name, constants);
    }

    /** {@code VoiceSeparate} becomes {@code VOICE_SEPARATE}. */
    private static String constant(String value) {
        var out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(value.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return Character.isDigit(out.charAt(0)) ? "V" + out : out.toString();
    }

    private static List<Element> children(Element parent) {
        var out = new ArrayList<Element>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }
}
