package no.samport.kith.internal.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Builds a DOM from SAX events, recording each element's line and column and refusing too deep nesting. */
final class LineNumberedDomBuilder extends DefaultHandler {

    /** Thrown when the nesting exceeds the limit. */
    static final class TooDeepException extends SAXException {
        TooDeepException(String message) {
            super(message);
        }
    }

    private final Document document;
    private final int maxDepth;
    private final Deque<Node> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Locator locator;

    LineNumberedDomBuilder(Document document, int maxDepth) {
        this.document = document;
        this.maxDepth = maxDepth;
        open.push(document);
    }

    Document document() {
        return document;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (open.size() > maxDepth) {
            throw new TooDeepException("The message nests elements deeper than the limit of " + maxDepth
                    + " levels (line " + locator.getLineNumber() + ")");
        }
        flushText();
        Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            String attributeUri = attributes.getURI(i);
            element.setAttributeNS(attributeUri.isEmpty() ? null : attributeUri, attributes.getQName(i),
                    attributes.getValue(i));
        }
        if (locator != null) {
            Dom.setPosition(element, locator.getLineNumber(), locator.getColumnNumber());
        }
        open.peek().appendChild(element);
        open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        flushText();
        open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (open.peek() != document) {
            text.append(ch, start, length);
        }
    }

    private void flushText() {
        if (!text.isEmpty()) {
            open.peek().appendChild(document.createTextNode(text.toString()));
            text.setLength(0);
        }
    }
}
