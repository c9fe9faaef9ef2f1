package no.samport.kith.internal.xml;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Element;

/**
 * Free-text content with markup (anyType elements: XHTML in notes, questions, descriptions) kept as an XML string in
 * FHIR, and put back: serialised with its namespaces, parsed again with the hardened parser.
 */
public final class XmlFragments {

    private static final int MAX_DEPTH = 100;

    private XmlFragments() {
    }

    /** The element's children (elements and text) as XML. */
    public static String childrenAsXml(Element element) {
        StringWriter xml = new StringWriter();
        KithXmlWriter fragment = KithXmlWriter.fragment(xml);
        fragment.copyChildren(element);
        fragment.finish();
        return xml.toString();
    }

    /** An element wrapping the parsed fragment (its content is the fragment), or null when it is not well-formed. */
    public static Element parse(String xml) {
        try {
            return SecureXml.parse(("<fragment>" + xml + "</fragment>").getBytes(StandardCharsets.UTF_8), MAX_DEPTH)
                    .getDocumentElement();
        } catch (UnreadableXmlException e) {
            return null;
        }
    }

    /** Writes {@code <name>} holding the fragment, or the fallback text when the fragment does not parse. */
    public static void write(KithXmlWriter out, String ns, String name, String xml, String fallbackText) {
        Element fragment = parse(xml);
        out.start(ns, name);
        if (fragment != null) {
            out.copyChildren(fragment);
        } else if (fallbackText != null) {
            out.characters(fallbackText);
        }
        out.end();
    }
}
