package io.cicallback.parse;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
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
