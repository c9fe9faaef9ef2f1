package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.kith.internal.xml.XmlFragments;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Epikrise free text ({@code anyType}: {@code Observation/Description}, {@code Comment/TextResultValue}) to and from a
 * FHIR Narrative: one XHTML {@code div} is the narrative's div; plain text goes in a div and is written back as text
 * ({@link EpikriseExtensions#PLAIN_TEXT}); several XHTML elements are wrapped in a div ({@link EpikriseExtensions#WRAPPED});
 * markup in another namespace cannot be narrative: its text is, and the XML is kept in {@link KithExtensions#XML_CONTENT}.
 */
final class XhtmlContent {

    private XhtmlContent() {
    }

    /** The element's content as a narrative, or null when the element is null or empty. */
    static Narrative read(Element element, ReadContext context) {
        if (element == null) {
            return null;
        }
        context.opaque(element);
        java.util.List<Element> children = Dom.children(element);
        String text = Dom.text(element);
        if (children.isEmpty() && text == null) {
            return null;
        }
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.ADDITIONAL);
        if (children.isEmpty()) {
            narrative.setDiv(XhtmlNodes.textDiv(text));
            narrative.addExtension(EpikriseExtensions.PLAIN_TEXT, new BooleanType(true));
        } else if (!allXhtml(element)) {
            narrative.setDiv(XhtmlNodes.textDiv(text));
            narrative.addExtension(KithExtensions.XML_CONTENT, new StringType(copy(element)));
        } else if (children.size() == 1 && "div".equals(Dom.localName(children.get(0))) && onlyWhitespaceAround(element)) {
            narrative.setDiv(XhtmlNodes.copyDiv(children.get(0)));
        } else {
            narrative.setDiv(XhtmlNodes.appendChildren(XhtmlNodes.div(), element));
            narrative.addExtension(EpikriseExtensions.WRAPPED, new BooleanType(true));
        }
        return narrative;
    }

    /** Writes {@code <name>} with the narrative's content as it came in; nothing when the narrative is empty. */
    static void write(KithXmlWriter out, String ns, String name, Narrative narrative) {
        if (narrative == null || !narrative.hasDiv()) {
            return;
        }
        String xml = ExtensionValues.string(narrative, KithExtensions.XML_CONTENT);
        Element div = xml != null ? XmlFragments.parse(xml) : XhtmlNodes.toDom(narrative.getDiv());
        if (div == null) {
            return;
        }
        if (narrative.hasExtension(EpikriseExtensions.PLAIN_TEXT)) {
            out.text(ns, name, div.getTextContent().strip());
            return;
        }
        out.start(ns, name);
        Element content = xml == null && narrative.hasExtension(EpikriseExtensions.WRAPPED)
                ? Dom.children(div).get(0) : div;
        out.copyChildren(content);
        out.end();
    }

    /** The narrative's text without markup, for fields that take plain text. */
    static String plainText(Narrative narrative) {
        Element div = narrative == null || !narrative.hasDiv() ? null : XhtmlNodes.toDom(narrative.getDiv());
        return div == null ? null : div.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static boolean allXhtml(Element element) {
        for (Element child : Dom.children(element)) {
            if (!KithNamespaces.XHTML.equals(child.getNamespaceURI()) || !allXhtml(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyWhitespaceAround(Element element) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String copy(Element element) {
        return XmlFragments.childrenAsXml(element);
    }
}
