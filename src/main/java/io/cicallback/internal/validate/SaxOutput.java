package io.cicallback.internal.validate;

import io.cicallback.internal.bind.NodeBinding;
import io.cicallback.internal.bind.WalkOutput;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The walk's output as SAX events, for the XSD validator (the judge of record) and the JAXB binder behind it:
 * documented elements only, without attributes or namespaces. One instance per body.
 */
final class SaxOutput implements WalkOutput {

    private static final Attributes NO_ATTRIBUTES = new AttributesImpl();

    /** Carries what the handler threw through the walk, which declares no checked exception. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(SAXException cause) {
            super(cause);
        }

        @Override
        public synchronized SAXException getCause() {
            return (SAXException) super.getCause();
        }
    }

    private final ContentHandler handler;
    /** Where a leaf's text is copied to be handed on; grows to the longest leaf, reused. */
    private char[] buffer = new char[64];

    SaxOutput(ContentHandler handler) {
        this.handler = handler;
    }

    @Override
    public void startContainer(NodeBinding container) {
        var name = container.node().name();
        try {
            handler.startElement("", name, name, NO_ATTRIBUTES);
        } catch (SAXException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void endContainer(NodeBinding container) {
        var name = container.node().name();
        try {
            handler.endElement("", name, name);
        } catch (SAXException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void leaf(NodeBinding leaf, String text) {
        var name = leaf.node().name();
        try {
            handler.startElement("", name, name, NO_ATTRIBUTES);
            if (!text.isEmpty()) {
                if (buffer.length < text.length()) {
                    buffer = new char[Math.max(text.length(), 2 * buffer.length)];
                }
                text.getChars(0, text.length(), buffer, 0);
                handler.characters(buffer, 0, text.length());
            }
            handler.endElement("", name, name);
        } catch (SAXException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void containerText(char[] text, int start, int length) {
        try {
            handler.characters(text, start, length);
        } catch (SAXException e) {
            throw new Failure(e);
        }
    }
}
