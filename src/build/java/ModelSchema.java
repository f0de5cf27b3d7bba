import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Build step: the schema as xjc reads it. The published XSD lets a container's children come in any order and
 * lets a repeatable one repeat anywhere ({@code <xs:choice minOccurs="0" maxOccurs="unbounded">}, since Tencent
 * orders them differently from one job type to another); xjc would bind such a group to one list of mixed
 * objects. So this copies the schema folder's XSD and xjb files to {@code OUT}, each such group written as the
 * {@code xs:sequence} of the same elements, whose own occurrences xjc then binds one property each, in the
 * order declared. Files whose copy would not change are left alone, so xjc's staleness check still works.
 *
 * <p>Usage: {@code java ModelSchema.java SCHEMA_DIR OUT}
 */
public final class ModelSchema {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    public static void main(String[] args) throws Exception {
        var source = Path.of(args[0]);
        var out = Path.of(args[1]);
        try (Stream<Path> files = Files.walk(source)) {
            for (var file : files.filter(f -> f.toString().endsWith(".xsd") || f.toString().endsWith(".xjb")).toList()) {
                var target = out.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                var bytes = file.toString().endsWith(".xsd") ? sequences(file) : Files.readAllBytes(file);
                if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                    Files.write(target, bytes);
                }
            }
        }
    }

    /** @return the XSD with each complex type's repeated choice written as a sequence */
    private static byte[] sequences(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        var types = document.getElementsByTagNameNS(XS, "complexType");
        for (int i = 0; i < types.getLength(); i++) {
            for (Node child = types.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element group && XS.equals(group.getNamespaceURI())
                        && "choice".equals(group.getLocalName()) && "unbounded".equals(group.getAttribute("maxOccurs"))) {
                    document.renameNode(group, XS, group.getPrefix() + ":sequence");
                    group.removeAttribute("minOccurs");
                    group.removeAttribute("maxOccurs");
                }
            }
        }
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        var bytes = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(bytes));
        return bytes.toByteArray();
    }

    private ModelSchema() {
    }
}
