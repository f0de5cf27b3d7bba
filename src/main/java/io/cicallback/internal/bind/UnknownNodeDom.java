package io.cicallback.internal.bind;

import io.cicallback.model.UnknownNode;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The unknown nodes a model object keeps as the DOM elements JAXB writes ({@code @XmlAnyElement} on {@code
 * ModelObject}): JAXB marshals elements, not our type. The readers never hand an unknown element to JAXB (they
 * keep such nodes themselves), so the reverse direction only serves a JAXB user of the model classes.
 */
public final class UnknownNodeDom {

    private static final DocumentBuilderFactory FACTORY = DocumentBuilderFactory.newInstance();

    private UnknownNodeDom() {
    }

    /** @return the nodes as elements of a fresh document */
    public static List<Element> toElements(List<UnknownNode> nodes) {
        Document document;
        try {
            synchronized (FACTORY) { // a factory is not thread-safe; a document builder is made per call
                document = FACTORY.newDocumentBuilder().newDocument();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM is not available", e);
        }
        var elements = new ArrayList<Element>(nodes.size());
        nodes.forEach(node -> elements.add(toElement(node, document)));
        return elements;
    }

    private static Element toElement(UnknownNode node, Document document) {
        var element = document.createElement(node.name());
        if (node.isLeaf()) {
            element.setTextContent(node.text());
        } else {
            node.children().forEach(child -> element.appendChild(toElement(child, document)));
        }
        return element;
    }

    /** @return the element as an unknown node: a leaf of its text, or a container of its child elements */
    public static UnknownNode toNode(Element element) {
        var children = new ArrayList<UnknownNode>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(toNode(child));
            }
        }
        var name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        return children.isEmpty() ? UnknownNode.leaf(name, element.getTextContent()) : UnknownNode.container(name, children);
    }
}
