package no.samport.kith.internal.xml;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Stops at the first error (the JDK parsers' default only prints it); warnings are ignored. */
public final class FailFastErrorHandler implements ErrorHandler {

    public static final FailFastErrorHandler INSTANCE = new FailFastErrorHandler();

    private FailFastErrorHandler() {
    }

    @Override
    public void warning(SAXParseException e) {
        // a warning does not make a document unreadable or a schema unusable
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw e;
    }
}
