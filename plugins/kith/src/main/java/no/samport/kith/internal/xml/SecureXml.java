package no.samport.kith.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The one place that creates XML parsers. Every parser is hardened: DOCTYPE declarations are refused (so no entity,
 * internal or external, is ever expanded), external DTDs and schemas are never fetched, secure processing is on, and
 * the element depth is limited.
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String LOCALE = "http://apache.org/xml/properties/locale";

    private SecureXml() {
    }

    /** One hardened factory per thread: factories are not thread-safe, and looking one up costs more than a parse. */
    private static final ThreadLocal<SAXParserFactory> SAX = ThreadLocal.withInitial(SecureXml::saxFactory);
    private static final ThreadLocal<DocumentBuilder> DOM = ThreadLocal.withInitial(SecureXml::documentBuilder);

    /** A namespace-aware, hardened SAX reader (for schema validation and parsing). */
    public static XMLReader newXmlReader() {
        try {
            XMLReader reader = SAX.get().newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            englishMessages(reader);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
    }

    private static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
    }

    /**
     * Parses a document into a DOM whose elements carry their line and column ({@link Dom#line}).
     *
     * @param maxDepth the deepest element nesting accepted
     */
    public static Document parse(byte[] xml, int maxDepth) throws UnreadableXmlException {
        return parse(new InputSource(new ByteArrayInputStream(xml)), maxDepth);
    }

    /** Parses text already decoded (the declared encoding is then ignored), like {@link #parse(byte[], int)}. */
    public static Document parse(String xml, int maxDepth) throws UnreadableXmlException {
        return parse(new InputSource(new java.io.StringReader(xml)), maxDepth);
    }

    private static Document parse(InputSource input, int maxDepth) throws UnreadableXmlException {
        XMLReader reader = newXmlReader();
        LineNumberedDomBuilder builder = new LineNumberedDomBuilder(newDocument(), maxDepth);
        reader.setContentHandler(builder);
        reader.setErrorHandler(FailFastErrorHandler.INSTANCE);
        try {
            reader.parse(input);
            return builder.document();
        } catch (LineNumberedDomBuilder.TooDeepException e) {
            throw new UnreadableXmlException(UnreadableXmlException.Reason.TOO_DEEP, e.getMessage());
        } catch (SAXParseException e) {
            throw unreadable(e);
        } catch (SAXException | IOException e) {
            throw new UnreadableXmlException(UnreadableXmlException.Reason.NOT_WELL_FORMED,
                    "The message is not readable XML: " + XmlMessages.sanitize(e.getMessage()));
        }
    }

    /**
     * Parses only the start of a document, up to the end of the first element named {@code stopAfter}, into a DOM;
     * for reading the header of a message too large to parse whole. Empty when that element is not found or the XML
     * breaks off before it ends.
     */
    public static java.util.Optional<Document> parseHead(byte[] xml, String stopAfter, int maxDepth) {
        XMLReader reader = newXmlReader();
        LineNumberedDomBuilder builder = new LineNumberedDomBuilder(newDocument(), maxDepth);
        HeadOnlyHandler handler = new HeadOnlyHandler(builder, stopAfter);
        reader.setContentHandler(handler);
        reader.setErrorHandler(FailFastErrorHandler.INSTANCE);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
            return java.util.Optional.empty();
        } catch (HeadOnlyHandler.HeadComplete complete) {
            return java.util.Optional.of(builder.document());
        } catch (SAXException | IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static UnreadableXmlException unreadable(SAXParseException e) {
        String position = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return new UnreadableXmlException(UnreadableXmlException.Reason.DOCTYPE,
                    "The message has a DOCTYPE declaration (" + position + "); KITH messages must not declare a "
                            + "DTD or entities, and Samport refuses them");
        }
        return new UnreadableXmlException(UnreadableXmlException.Reason.NOT_WELL_FORMED,
                "The message is not well-formed XML at " + position + ": " + XmlMessages.sanitize(message));
    }

    /** An empty DOM document to build in, from a hardened factory. */
    public static Document newDocument() {
        return DOM.get().newDocument();
    }

    private static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's DOM builder cannot be hardened", e);
        }
    }

    private static void englishMessages(XMLReader reader) {
        try {
            reader.setProperty(LOCALE, Locale.ENGLISH);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // the message texts are then in the JVM's locale; XmlMessages still redacts quoted values
        }
    }
}
