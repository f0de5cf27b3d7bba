package io.cicallback.internal.schema;

import io.cicallback.internal.parse.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads {@code task-finish.xsd} into a {@link SchemaNode} tree. It understands the subset of XSD our schema
 * uses: one global element, named complex types with {@code xs:all} or {@code xs:sequence} of local elements,
 * and named simple types that restrict a built-in type.
 */
public final class XsdTreeReader {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private final Map<String, Element> complexTypes = new HashMap<>();
    private final Map<String, Element> simpleTypes = new HashMap<>();

    private XsdTreeReader() {
    }

    /**
     * @param xsd the schema document
     * @return the tree below the schema's global element
     * @throws IOException when the schema cannot be read or is not of the supported shape
     */
    public static SchemaNode read(InputStream xsd) throws IOException {
        return new XsdTreeReader().readTree(xsd);
    }

    private SchemaNode readTree(InputStream xsd) throws IOException {
        var schema = SafeXml.parseDocument(xsd);
        Element root = null;
        for (Element child : children(schema)) {
            switch (child.getLocalName()) {
                case "complexType" -> complexTypes.put(child.getAttribute("name"), child);
                case "simpleType" -> simpleTypes.put(child.getAttribute("name"), child);
                case "element" -> root = child;
                default -> { }
            }
        }
        if (root == null) {
            throw new IOException("the XSD declares no global element");
        }
        return element(root);
    }

    private SchemaNode element(Element element) throws IOException {
        var name = element.getAttribute("name");
        var required = !"0".equals(element.getAttribute("minOccurs"));
        var repeatable = element.hasAttribute("maxOccurs") && !"1".equals(element.getAttribute("maxOccurs"));
        var description = documentation(element);
        var type = element.getAttribute("type");
        Element complexType = type.isEmpty() ? firstChild(element, "complexType") : complexTypes.get(type);
        if (complexType != null) {
            var kids = new LinkedHashMap<String, SchemaNode>();
            var group = firstChild(complexType, "all");
            boolean ordered = group == null;
            if (ordered) {
                group = firstChild(complexType, "sequence");
            }
            if (group == null) {
                throw new IOException("complex type of " + name + " has neither xs:all nor xs:sequence");
            }
            for (Element child : children(group)) {
                var node = element(child);
                kids.put(node.name(), node);
            }
            return new SchemaNode(name, required, repeatable, null, null, List.of(), null, description, kids, ordered);
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
