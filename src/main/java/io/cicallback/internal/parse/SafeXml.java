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

/**
 * SAX readers hardened for untrusted bodies: any DOCTYPE is a fatal error, so no entity (external, parameter
 * or recursive) and no external DTD is ever read, and no file or connection is opened.
 *
 * <p>The JDK's own parser is used explicitly so that another parser on the application's classpath cannot
 * silently change these guarantees.
 */
public final class SafeXml {

    private static final SAXParserFactory FACTORY = hardenedFactory();

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

    /** @return a new namespace-aware reader; one per parse, as readers are not thread-safe */
    public static XMLReader newReader() {
        try {
            var reader = FACTORY.newSAXParser().getXMLReader();
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
