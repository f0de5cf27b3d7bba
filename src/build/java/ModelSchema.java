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
 * order declared.
 *
 * <p>A key/value node's {@code xs:any} is left out: its entries are the model object's unknown nodes, and
 * the xjb copy makes its class implement {@code io.cicallback.model.KeyValueNode}.
 *
 * <p>It also makes every complex type an extension of one empty base type, {@code ModelObject}, which the xjb
 * copy binds to the hand-written {@code io.cicallback.model.ModelObject}: xjc then knows the classes' common
 * superclass, so that the generated {@code equals} and {@code hashCode} take in what it holds (the unknown
 * nodes a lenient read kept). The published schema stays as written.
 *
 * <p>Files whose copy would not change are left alone, so xjc's staleness check still works.
 *
 * <p>Usage: {@code java ModelSchema.java SCHEMA_DIR OUT}
 */
public final class ModelSchema {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String JAXB = "https://jakarta.ee/xml/ns/jaxb";
    private static final String ROOT_SCHEMA = "callback.xsd";
    private static final String BINDINGS = "callback.xjb";
    private static final String BASE_TYPE = "ModelObject";
    private static final String INHERITANCE = "urn:jaxb.jvnet.org:plugin:inheritance";

    /** The key/value types found, by schema file: their classes implement KeyValueNode. */
    private static final java.util.Map<String, java.util.List<String>> OPEN_TYPES = new java.util.TreeMap<>();

    public static void main(String[] args) throws Exception {
        var source = Path.of(args[0]);
        var out = Path.of(args[1]);
        try (Stream<Path> files = Files.walk(source)) {
            // The schemas first: the bindings name the key/value types they declare.
            var sorted = files.filter(f -> f.toString().endsWith(".xsd") || f.toString().endsWith(".xjb"))
                    .sorted(java.util.Comparator.comparing((Path f) -> f.toString().endsWith(".xjb"))).toList();
            for (var file : sorted) {
                var target = out.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                var name = source.relativize(file).toString();
                var bytes = name.endsWith(".xsd") ? modelSchema(file, name, name.equals(ROOT_SCHEMA))
                        : name.equals(BINDINGS) ? bindings(file) : Files.readAllBytes(file);
                if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                    Files.write(target, bytes);
                }
            }
        }
    }

    /**
     * @return the XSD with each complex type's repeated choice written as a sequence, and each complex type an
     *         extension of the base type (declared in the root schema)
     */
    private static byte[] modelSchema(Path file, String name, boolean root) throws Exception {
        Document document = parse(file);
        var types = document.getElementsByTagNameNS(XS, "complexType");
        var prefix = document.getDocumentElement().getPrefix();
        for (int i = 0; i < types.getLength(); i++) {
            var type = (Element) types.item(i);
            var extension = document.createElementNS(XS, prefix + ":extension");
            extension.setAttribute("base", BASE_TYPE);
            for (Node child = type.getFirstChild(); child != null; ) {
                var next = child.getNextSibling();
                if (child instanceof Element group && XS.equals(group.getNamespaceURI())
                        && !"annotation".equals(group.getLocalName())) {
                    // A key/value node's entries are kept as unknown nodes (ModelObject), not an xjc property.
                    var any = group.getElementsByTagNameNS(XS, "any");
                    if (any.getLength() > 0) {
                        OPEN_TYPES.computeIfAbsent(name.replace('\\', '/'), f -> new java.util.ArrayList<>())
                                .add(type.getAttribute("name"));
                    }
                    while (any.getLength() > 0) {
                        any.item(0).getParentNode().removeChild(any.item(0));
                    }
                    if ("choice".equals(group.getLocalName()) && "unbounded".equals(group.getAttribute("maxOccurs"))) {
                        document.renameNode(group, XS, prefix + ":sequence");
                        group.removeAttribute("minOccurs");
                        group.removeAttribute("maxOccurs");
                    }
                    extension.appendChild(group); // moves it
                }
                child = next;
            }
            var content = document.createElementNS(XS, prefix + ":complexContent");
            content.appendChild(extension);
            type.appendChild(content);
        }
        if (root) {
            var base = document.createElementNS(XS, prefix + ":complexType");
            base.setAttribute("name", BASE_TYPE);
            document.getDocumentElement().appendChild(base);
        }
        return write(document);
    }

    /** @return the xjb with the base type bound to the hand-written class */
    private static byte[] bindings(Path file) throws Exception {
        Document document = parse(file);
        var blocks = document.getElementsByTagNameNS(JAXB, "bindings");
        for (int i = 0; i < blocks.getLength(); i++) {
            var block = (Element) blocks.item(i);
            if (ROOT_SCHEMA.equals(block.getAttribute("schemaLocation"))) {
                var binding = document.createElementNS(JAXB, block.getPrefix() + ":bindings");
                binding.setAttribute("node", "xs:complexType[@name='" + BASE_TYPE + "']");
                var ref = document.createElementNS(JAXB, block.getPrefix() + ":class");
                ref.setAttribute("ref", "io.cicallback.model." + BASE_TYPE);
                binding.appendChild(ref);
                block.appendChild(binding);
                for (var open : OPEN_TYPES.entrySet()) {
                    var schema = document.createElementNS(JAXB, block.getPrefix() + ":bindings");
                    schema.setAttribute("schemaLocation", open.getKey());
                    schema.setAttribute("node", "/xs:schema");
                    for (var typeName : open.getValue()) {
                        var type = document.createElementNS(JAXB, block.getPrefix() + ":bindings");
                        type.setAttribute("node", "xs:complexType[@name='" + typeName + "']");
                        var implement = document.createElementNS(INHERITANCE, "inheritance:implements");
                        implement.setTextContent("io.cicallback.model.KeyValueNode");
                        type.appendChild(implement);
                        schema.appendChild(type);
                    }
                    block.getParentNode().appendChild(schema);
                }
                return write(document);
            }
        }
        throw new IllegalStateException(file + " binds no " + ROOT_SCHEMA);
    }

    private static Document parse(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static byte[] write(Document document) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        var bytes = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(bytes));
        return bytes.toByteArray();
    }

    private ModelSchema() {
    }
}
