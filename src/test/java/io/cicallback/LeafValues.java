package io.cicallback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cicallback.value.WireFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The non-empty leaf values of a document as sorted "path=text" lines, read without the library, so that
 * round-trip tests can check that no value was lost or altered whatever the model does. Array indexes and
 * element positions are dropped: repeated nodes are compared as multisets of values by path.
 */
public final class LeafValues {

    private LeafValues() {
    }

    public static List<String> of(String document, WireFormat format) {
        var out = new ArrayList<String>();
        try {
            if (format == WireFormat.XML) {
                var factory = DocumentBuilderFactory.newDefaultInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                var root = factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
                xml(root, "", out);
            } else {
                json(new ObjectMapper().readTree(document), "Response", out);
            }
        } catch (Exception e) {
            throw new AssertionError("cannot read " + document, e);
        }
        out.sort(null);
        return out;
    }

    private static void xml(Element element, String parent, List<String> out) {
        var path = parent.isEmpty() ? element.getTagName() : parent + "." + element.getTagName();
        boolean hasChildElements = false;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                hasChildElements = true;
                xml(child, path, out);
            }
        }
        var text = element.getTextContent();
        if (!hasChildElements && !text.isEmpty()) {
            out.add(path + "=" + text);
        }
    }

    private static void json(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(f -> json(f.getValue(), path + "." + f.getKey(), out));
        } else if (node.isArray()) {
            node.forEach(item -> json(item, path, out));
        } else if (!node.asText().isEmpty()) {
            out.add(path + "=" + node.asText());
        }
    }
}
