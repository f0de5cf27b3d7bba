package io.cicallback.validate;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands between the XSD validator and the binder, and holds each leaf until the validator has judged it: a
 * leaf whose value was found malformed (or blank where required) never reaches the binder, so the model has
 * that value absent, exactly as the JSON path leaves it out, and never a value the binder made up from text
 * the validator refused (JAXB reads {@code 4294967297} as an {@code int} 1). The finding keeps the raw text.
 *
 * <p>Every other event passes through ({@link XMLFilterImpl} forwards it). Leaves have no child elements here ({@link XmlNodeFilter} sets those aside), so holding one is holding
 * its text.
 */
final class XmlValueGate extends XMLFilterImpl {

    private static final Attributes NONE = new AttributesImpl();

    private final XmlNodeFilter filter;
    private final StringBuilder heldText = new StringBuilder();
    private boolean holding;

    XmlValueGate(XmlNodeFilter filter, ContentHandler next) {
        this.filter = filter;
        setContentHandler(next);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        var node = filter.currentNode();
        if (node != null && node.isLeaf()) {
            holding = true;
            heldText.setLength(0);
        } else {
            super.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (holding) {
            heldText.append(ch, start, length);
        } else {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (holding) {
            holding = false;
            if (filter.currentValueDropped()) {
                return;
            }
            super.startElement(uri, localName, qName, NONE);
            if (heldText.length() > 0) {
                super.characters(heldText.toString().toCharArray(), 0, heldText.length());
            }
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (!holding) {
            super.ignorableWhitespace(ch, start, length);
        }
    }
}
