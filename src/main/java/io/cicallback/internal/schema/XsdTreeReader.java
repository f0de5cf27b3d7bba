package io.cicallback.internal.schema;

import io.cicallback.internal.parse.SafeXml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads {@code callback.xsd}, and the files it includes, into a {@link SchemaNode} tree. It understands the
 * subset of XSD our schema uses: {@code xs:include}, one global element, named complex types with {@code
 * xs:all} or {@code xs:sequence} of local elements (a sequence may hold one {@code xs:choice} of elements),
 * named simple types that restrict a built-in type, and {@code lenient-absent} in an element's
 * {@code xs:appinfo}.
 */
public final class XsdTreeReader {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private final Map<String, Element> complexTypes = new HashMap<>();
    private final Map<String, Element> simpleTypes = new HashMap<>();

    private XsdTreeReader() {
    }

    /** The marker, in an element's {@code xs:appinfo}, of a required node lenient mode reads on without. */
    static final String LENIENT_ABSENT = "lenient-absent";

    private Element root;

    /**
     * @param files where the schema files are
     * @param path  the main schema document, from the schemas' root folder
     * @return the tree below the schema's global element
     * @throws IOException when the schema cannot be read or is not of the supported shape
     */
    public static SchemaNode read(SchemaFiles files, String path) throws IOException {
        var reader = new XsdTreeReader();
        reader.collect(files, path, new HashSet<>());
        if (reader.root == null) {
            throw new IOException("the XSD declares no global element");
        }
        return reader.element(reader.root);
    }

    /** Gathers the global declarations of a schema document and of the documents it includes. */
    private void collect(SchemaFiles files, String path, Set<String> read) throws IOException {
        if (!read.add(path)) {
            return;
        }
        Element schema;
        try (var in = files.open(path)) {
            schema = SafeXml.parseDocument(in);
        }
        for (Element child : children(schema)) {
            var name = child.getAttribute("name");
            switch (child.getLocalName()) {
                case "include" -> collect(files, SchemaFiles.resolve(path, child.getAttribute("schemaLocation")), read);
                case "complexType" -> declare(complexTypes, name, child, path);
                case "simpleType" -> declare(simpleTypes, name, child, path);
                case "element" -> {
                    if (root != null) {
                        throw new IOException("a second global element, " + name + ", in " + path);
                    }
                    root = child;
                }
                default -> { }
            }
        }
    }

    private static void declare(Map<String, Element> types, String name, Element type, String path) throws IOException {
        if (types.putIfAbsent(name, type) != null) {
            throw new IOException("type " + name + " is declared twice (again in " + path + ")");
        }
    }

    private SchemaNode element(Element element) throws IOException {
        var node = declaredElement(element);
        return toleratedAbsent(element) ? node.toleratedAbsent() : node;
    }

    private SchemaNode declaredElement(Element element) throws IOException {
        var name = element.getAttribute("name");
        var required = !"0".equals(element.getAttribute("minOccurs"));
        var repeatable = element.hasAttribute("maxOccurs") && !"1".equals(element.getAttribute("maxOccurs"));
        var description = documentation(element);
        var type = element.getAttribute("type");
        Element complexType = type.isEmpty() ? firstChild(element, "complexType") : complexTypes.get(type);
        if (complexType != null) {
            var kids = new LinkedHashMap<String, SchemaNode>();
            // Children in any order: xs:all, or a repeated choice (a container with a repeatable child), whose
            // elements' own occurrences say which repeat and which are required. The readers judge no order.
            var group = firstChild(complexType, "all");
            var anyOrder = firstChild(complexType, "choice");
            if (group == null && anyOrder != null && "unbounded".equals(anyOrder.getAttribute("maxOccurs"))) {
                group = anyOrder;
            }
            var sequence = firstChild(complexType, "sequence");
            if (group == null && sequence != null && children(sequence).stream().allMatch(e -> "any".equals(e.getLocalName()))) {
                group = sequence; // a key/value node: children of any name, in any order
            }
            if (group == null) {
                throw new IOException("complex type of " + name + " has neither xs:all nor"
                        + " <xs:choice minOccurs=\"0\" maxOccurs=\"unbounded\">: children come in any order");
            }
            var oneOf = new ArrayList<String>();
            boolean open = false;
            for (Element child : children(group)) {
                if ("choice".equals(child.getLocalName())) {
                    if (!oneOf.isEmpty()) {
                        throw new IOException("complex type of " + name + " has more than one xs:choice");
                    }
                    for (Element alternative : children(child)) {
                        var node = optional(element(alternative));
                        kids.put(node.name(), node);
                        oneOf.add(node.name());
                    }
                } else if ("element".equals(child.getLocalName())) {
                    var node = element(child);
                    kids.put(node.name(), node);
                } else if ("any".equals(child.getLocalName())) {
                    open = true;
                }
            }
            return new SchemaNode(name, required, repeatable, null, null, List.of(), null, description, kids,
                    oneOf, false, open);
        }
        if (type.startsWith("xs:")) {
            var builtIn = type.substring(3);
            return new SchemaNode(name, required, repeatable, builtIn, builtIn, List.of(), null, description, Map.of());
        }
        var simpleType = simpleTypes.get(type);
        if (simpleType == null) {
            throw new IOException("element " + name + " has unknown type " + type);
        }
        var values = new ArrayList<String>();
        String pattern = null;
        var restriction = firstChild(simpleType, "restriction");
        var base = restriction == null ? SchemaNode.STRING : restriction.getAttribute("base").replaceFirst("^xs:", "");
        if (restriction != null) {
            for (Element facet : children(restriction)) {
                if ("enumeration".equals(facet.getLocalName())) {
                    values.add(facet.getAttribute("value"));
                } else if ("pattern".equals(facet.getLocalName())) {
                    pattern = facet.getAttribute("value");
                }
            }
        }
        return new SchemaNode(name, required, repeatable, type, base, values, pattern, description, Map.of());
    }

    /** An alternative of a choice is optional on its own; the choice requires one. */
    private static SchemaNode optional(SchemaNode node) {
        return new SchemaNode(node.name(), false, node.repeatable(), node.leafType(), node.baseType(),
                node.allowedValues(), node.pattern(), node.description(), node.children(), node.oneOf(), false,
                node.open());
    }

    private static boolean toleratedAbsent(Element element) {
        var annotation = firstChild(element, "annotation");
        var appinfo = annotation == null ? null : firstChild(annotation, "appinfo");
        return appinfo != null && LENIENT_ABSENT.equals(appinfo.getTextContent().strip());
    }

    private static String documentation(Element element) {
        var annotation = firstChild(element, "annotation");
        var doc = annotation == null ? null : firstChild(annotation, "documentation");
        return doc == null ? "" : doc.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static Element firstChild(Element parent, String localName) {
        for (Element child : children(parent)) {
            if (localName.equals(child.getLocalName())) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        var result = new ArrayList<Element>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }
}
