package io.cicallback.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import io.cicallback.validate.InputLimits;

/**
 * SAX readers hardened for untrusted bodies: any DOCTYPE is a fatal error, so no entity (external, parameter
 * or recursive) and no external DTD is ever read, and no file or connection is opened; attributes per element
 * and the length of names are bounded by the parser itself.
 *
 * <p>The JDK's own parser is used explicitly so that another parser on the application's classpath cannot
 * silently change these guarantees.
 */
public final class SafeXml {

    private static final SAXParserFactory FACTORY = hardenedFactory();
    /** The JDK parser's own limits (java.xml's XMLSecurityManager), set per parser. */
    private static final String ELEMENT_ATTRIBUTE_LIMIT = "jdk.xml.elementAttributeLimit";
    private static final String NAME_LENGTH_LIMIT = "jdk.xml.maxXMLNameLimit";
    /** How the JDK parser's messages begin when one of those limits stops it. */
    public static final String ATTRIBUTE_LIMIT_ERROR = "JAXP00010002";
    public static final String NAME_LENGTH_ERROR = "JAXP00010005";

    private SafeXml() {
    }

    /**
     * Parses a whole document into a DOM, with the same hardening: for the schema itself and for doc-page
     * samples, never for callbacks (those stream through {@link #newReader()}).
     *
     * @param in the document; not closed
     * @return its root element
     * @throws IOException when it cannot be read or is not well-formed
     */
    public static Element parseDocument(InputStream in) throws IOException {
        try {
            var factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read the document: " + e.getMessage(), e);
        }
    }

    /**
     * @param limits the bounds the parser enforces itself, before the work they bound: attributes per element
     *               (namespace declarations among them: each prefixed name is resolved against them) and the
     *               length of names
     * @return a new namespace-aware reader; one parse at a time, as readers are not thread-safe
     */
    public static XMLReader newReader(InputLimits limits) {
        try {
            var parser = FACTORY.newSAXParser();
            parser.setProperty(ELEMENT_ATTRIBUTE_LIMIT, String.valueOf(limits.maxAttributes()));
            parser.setProperty(NAME_LENGTH_LIMIT, String.valueOf(limits.maxNameLength()));
            var reader = parser.getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser rejects the hardening features", e);
        }
    }

    private static SAXParserFactory hardenedFactory() {
        var factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser rejects the hardening features", e);
        }
        return factory;
    }
}
