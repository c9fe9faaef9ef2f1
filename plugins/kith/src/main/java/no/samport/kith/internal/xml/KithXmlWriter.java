package no.samport.kith.internal.xml;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes KITH XML in schema order: elements in the namespace given per element (a namespace not in scope becomes
 * the default namespace of that element), CS and CV attributes, indentation for element-only content. Characters
 * the charset cannot carry become character references.
 */
public final class KithXmlWriter {

    private static final class Scope {
        private final Map<String, String> prefixes = new HashMap<>();
        private String defaultNamespace;
        private boolean hasChildElements;
        private boolean mixed;
        private boolean empty;
    }

    private final XMLStreamWriter out;
    private final boolean indent;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private int mixedDepth;
    private int prefixCounter;

    private KithXmlWriter(XMLStreamWriter out, boolean indent) {
        this.out = out;
        this.indent = indent;
    }

    /** A writer for a whole document, with an XML declaration naming the charset. */
    public static KithXmlWriter document(OutputStream stream, Charset charset) {
        try {
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(stream, charset.name());
            writer.writeStartDocument(charset.name(), "1.0");
            writer.writeCharacters("\n");
            return new KithXmlWriter(writer, true);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML in " + charset, e);
        }
    }

    /** A writer for a fragment (no declaration, no indentation), e.g. to keep mixed content as text. */
    public static KithXmlWriter fragment(Writer target) {
        try {
            return new KithXmlWriter(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(target), false);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an XML fragment", e);
        }
    }

    /** Opens an element; declares {@code namespace} as default namespace when it is not in scope. */
    public KithXmlWriter start(String namespace, String localName) {
        return open(namespace, localName, false);
    }

    /** Opens an element that will have attributes only ({@code <name …/>}); close it with {@link #end()}. */
    public KithXmlWriter startEmpty(String namespace, String localName) {
        return open(namespace, localName, true);
    }

    private KithXmlWriter open(String namespace, String localName, boolean empty) {
        String ns = namespace == null ? "" : namespace;
        try {
            newLine(true);
            String prefix = prefixFor(ns);
            Scope scope = new Scope();
            scope.empty = empty;
            if (empty) {
                out.writeEmptyElement(prefix == null ? "" : prefix, localName, ns);
            } else {
                out.writeStartElement(prefix == null ? "" : prefix, localName, ns);
            }
            if (prefix == null) {
                out.writeDefaultNamespace(ns);
                scope.defaultNamespace = ns;
            }
            if (!scopes.isEmpty()) {
                scopes.peek().hasChildElements = true;
            }
            scopes.push(scope);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Declares a prefix on the element just opened. */
    public KithXmlWriter declare(String prefix, String namespace) {
        try {
            out.writeNamespace(prefix, namespace);
            scopes.element().prefixes.put(prefix, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an unqualified attribute when the value is not null. */
    public KithXmlWriter attribute(String name, String value) {
        if (value != null) {
            try {
                out.writeAttribute(name, value);
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    /** Writes a namespaced attribute, declaring a prefix when needed. */
    public KithXmlWriter attribute(String namespace, String localName, String value) {
        if (namespace == null || namespace.isEmpty()) {
            return attribute(localName, value);
        }
        String prefix = prefixFor(namespace);
        if (prefix == null || prefix.isEmpty()) {
            prefix = KithNamespaces.XSI.equals(namespace) ? "xsi" : "ns" + (++prefixCounter);
            declare(prefix, namespace);
        }
        try {
            out.writeAttribute(prefix, namespace, localName, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes text inside the open element. */
    public KithXmlWriter characters(String text) {
        try {
            out.writeCharacters(text);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the open element. */
    public KithXmlWriter end() {
        try {
            Scope scope = scopes.pop();
            if (scope.empty) {
                return this;
            }
            if (scope.hasChildElements && !scope.mixed) {
                newLine(false);
            }
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name>text</name>} when the text is not null. */
    public KithXmlWriter text(String namespace, String localName, String text) {
        if (text != null) {
            start(namespace, localName).characters(text).end();
        }
        return this;
    }

    /** A CS value {@code <name V="" DN=""/>} (never an S: trap 3), when it has a V or DN. */
    public KithXmlWriter cs(String namespace, String localName, String v, String dn) {
        if (v != null || dn != null) {
            startEmpty(namespace, localName).attribute("V", v).attribute("DN", dn).end();
        }
        return this;
    }

    /** A CV value {@code <name V="" S="" DN="" OT=""/>}, when it has any attribute. */
    public KithXmlWriter cv(String namespace, String localName, String v, String s, String dn, String ot) {
        if (v != null || s != null || dn != null || ot != null) {
            startEmpty(namespace, localName).attribute("V", v).attribute("S", s).attribute("DN", dn)
                    .attribute("OT", ot).end();
        }
        return this;
    }

    /** Copies the children of a DOM element (mixed content, e.g. XHTML) without re-indenting them. */
    public KithXmlWriter copyChildren(Element source) {
        if (!scopes.isEmpty()) {
            scopes.peek().mixed = true;
        }
        mixedDepth++;
        for (Node node = source.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                start(element.getNamespaceURI(), Dom.localName(element));
                copyAttributes(element);
                copyChildren(element);
                end();
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                characters(node.getNodeValue());
            }
        }
        mixedDepth--;
        return this;
    }

    private void copyAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())) {
                continue;
            }
            String localName = attr.getLocalName() != null ? attr.getLocalName() : attr.getName();
            attribute(attr.getNamespaceURI(), localName, attr.getValue());
        }
    }

    /** Ends the document and flushes; the underlying stream stays open. */
    public void finish() {
        try {
            out.writeEndDocument();
            out.flush();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private String prefixFor(String namespace) {
        for (Scope scope : scopes) {
            for (Map.Entry<String, String> entry : scope.prefixes.entrySet()) {
                if (entry.getValue().equals(namespace)) {
                    return entry.getKey();
                }
            }
            if (scope.defaultNamespace != null) {
                return scope.defaultNamespace.equals(namespace) ? "" : lookupPrefixOnly(namespace);
            }
        }
        return namespace.isEmpty() ? "" : null;
    }

    private String lookupPrefixOnly(String namespace) {
        for (Scope scope : scopes) {
            for (Map.Entry<String, String> entry : scope.prefixes.entrySet()) {
                if (entry.getValue().equals(namespace)) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    private void newLine(boolean opening) throws XMLStreamException {
        if (!indent || mixedDepth > 0 || (opening && scopes.isEmpty())) {
            return;
        }
        out.writeCharacters("\n" + "  ".repeat(scopes.size()));
    }
}
