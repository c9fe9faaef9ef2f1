package no.samport.kith.internal.xml;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Passes SAX events to a DOM builder and stops the parse once a named element has ended. */
final class HeadOnlyHandler extends DefaultHandler {

    /** Signals that the head is complete; the parse stops here on purpose. */
    static final class HeadComplete extends SAXException {
        HeadComplete() {
            super("head complete");
        }
    }

    private final LineNumberedDomBuilder builder;
    private final String stopAfter;

    HeadOnlyHandler(LineNumberedDomBuilder builder, String stopAfter) {
        this.builder = builder;
        this.stopAfter = stopAfter;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        builder.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        builder.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        builder.endElement(uri, localName, qName);
        if (stopAfter.equals(localName)) {
            throw new HeadComplete();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        builder.characters(ch, start, length);
    }
}
