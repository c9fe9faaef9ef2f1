package no.samport.kith.internal.xml;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;

/**
 * Writes KITH XML in schema order: elements in the namespace given per element (a namespace not in scope becomes
 * the default namespace of that element), CS and CV attributes, indentation for element-only content. Characters
 * the charset cannot carry become character references.
 */
public final class KithXmlWriter {

    /** The JDK's StAX output factory creates writers thread-safely once configured; it is never reconfigured. */
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private final ScopedXmlStream stream;

    private KithXmlWriter(XMLStreamWriter out, boolean indent) {
        this.stream = new ScopedXmlStream(out, indent);
    }

    /** A writer for a whole document, with an XML declaration naming the charset. */
    public static KithXmlWriter document(OutputStream target, Charset charset) {
        try {
            XMLStreamWriter out = OUTPUT.createXMLStreamWriter(target, charset.name());
            KithXmlWriter writer = new KithXmlWriter(out, true);
            writer.stream.call(() -> {
                out.writeStartDocument(charset.name(), "1.0");
                out.writeCharacters("\n");
            });
            return writer;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML in " + charset, e);
        }
    }

    /** A writer for a fragment (no declaration, no indentation), e.g. to keep mixed content as text. */
    public static KithXmlWriter fragment(Writer target) {
        try {
            return new KithXmlWriter(OUTPUT.createXMLStreamWriter(target), false);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an XML fragment", e);
        }
    }

    /** Opens an element; declares {@code namespace} as default namespace when it is not in scope. */
    public KithXmlWriter start(String namespace, String localName) {
        stream.open(namespace, localName, false);
        return this;
    }

    /** Opens an element that will have attributes only ({@code <name …/>}); close it with {@link #end()}. */
    public KithXmlWriter startEmpty(String namespace, String localName) {
        stream.open(namespace, localName, true);
        return this;
    }

    /** Declares a prefix on the element just opened. */
    public KithXmlWriter declare(String prefix, String namespace) {
        stream.declare(prefix, namespace);
        return this;
    }

    /** Writes an unqualified attribute when the value is not null. */
    public KithXmlWriter attribute(String name, String value) {
        if (value != null) {
            stream.call(() -> stream.out().writeAttribute(name, value));
        }
        return this;
    }

    /** Writes a namespaced attribute, declaring a prefix when needed. */
    public KithXmlWriter attribute(String namespace, String localName, String value) {
        if (namespace == null || namespace.isEmpty()) {
            return attribute(localName, value);
        }
        stream.attribute(namespace, localName, value);
        return this;
    }

    /** Writes text inside the open element. */
    public KithXmlWriter characters(String text) {
        stream.call(() -> stream.out().writeCharacters(text));
        return this;
    }

    /** Closes the open element. */
    public KithXmlWriter end() {
        stream.close();
        return this;
    }

    /** {@code <name>text</name>} when the text is not null. */
    public KithXmlWriter text(String namespace, String localName, String text) {
        return text == null ? this : start(namespace, localName).characters(text).end();
    }

    /** A TS value {@code <name V="…"/>} (trap 8: a TS carries its value in V), when the value is not null. */
    public KithXmlWriter ts(String namespace, String localName, String value) {
        return value == null ? this : startEmpty(namespace, localName).attribute("V", value).end();
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
        stream.mixed(() -> MixedContentCopier.copyChildren(this, source));
        return this;
    }

    /** Ends the document and flushes; the underlying stream stays open. */
    public void finish() {
        stream.call(() -> {
            stream.out().writeEndDocument();
            stream.out().flush();
            stream.out().close();
        });
    }
}
