package no.samport.kith.internal.epikrise;

import java.util.Map;
import javax.xml.XMLConstants;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.SecureXml;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Builds narrative divs straight from the parsed DOM. Going through {@code Narrative.setDivAsString} would serialise
 * the content and parse it again with HAPI's XHTML parser, which sets up its entity table on every use: that took a
 * third of the time of reading an Epikrise. Writing goes the other way, from the div to DOM, for the same reason.
 */
final class XhtmlNodes {

    private XhtmlNodes() {
    }

    /** An empty {@code <div xmlns="http://www.w3.org/1999/xhtml">}. */
    static XhtmlNode div() {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", KithNamespaces.XHTML);
        return div;
    }

    /** A div holding the text (may be empty). */
    static XhtmlNode textDiv(String text) {
        XhtmlNode div = div();
        if (text != null && !text.isEmpty()) {
            div.addText(text);
        }
        return div;
    }

    /** Appends copies of the source's children (elements, attributes, text) to the target. */
    static XhtmlNode appendChildren(XhtmlNode target, Element source) {
        for (Node node = source.getFirstChild(); node != null; node = node.getNextSibling()) {
            switch (node.getNodeType()) {
                case Node.ELEMENT_NODE -> appendChildren(copyAttributes(target.addTag(Dom.localName((Element) node)),
                        (Element) node), (Element) node);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> target.addText(node.getNodeValue());
                default -> {
                    // comments and processing instructions are not narrative
                }
            }
        }
        return target;
    }

    /** The single XHTML div itself, as the narrative's div. */
    static XhtmlNode copyDiv(Element div) {
        return appendChildren(copyAttributes(div(), div), div);
    }

    private static XhtmlNode copyAttributes(XhtmlNode target, Element source) {
        NamedNodeMap attributes = source.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            if (!name.equals("xmlns") && !name.startsWith("xmlns:")) {
                target.setAttribute(name, attribute.getValue());
            }
        }
        return target;
    }

    /** A DOM element wrapping a copy of the narrative's div (the wrapper's only child), as a parsed fragment would. */
    static Element toDom(XhtmlNode div) {
        Document document = SecureXml.newDocument();
        Element wrapper = document.createElement("fragment");
        document.appendChild(wrapper);
        copy(document, wrapper, div);
        return wrapper;
    }

    private static void copy(Document document, Element target, XhtmlNode source) {
        if (source.getNodeType() == null) {
            return;
        }
        switch (source.getNodeType()) {
            case Element -> {
                Element element = document.createElementNS(KithNamespaces.XHTML, source.getName());
                for (Map.Entry<String, String> attribute : source.getAttributes().entrySet()) {
                    String name = attribute.getKey();
                    if (name.startsWith("xml:")) {
                        element.setAttributeNS(XMLConstants.XML_NS_URI, name, attribute.getValue());
                    } else if (!name.equals("xmlns") && !name.startsWith("xmlns:")) {
                        element.setAttribute(name, attribute.getValue());
                    }
                }
                target.appendChild(element);
                source.getChildNodes().forEach(child -> copy(document, element, child));
            }
            case Text -> target.appendChild(document.createTextNode(source.getContent()));
            case Document -> source.getChildNodes().forEach(child -> copy(document, target, child));
            default -> {
                // comments, doctypes and instructions are not content
            }
        }
    }
}
