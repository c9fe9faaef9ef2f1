package no.samport.kith.internal.xml;

import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Copies DOM content (elements, attributes, text) through a {@link KithXmlWriter}, namespaces included. */
final class MixedContentCopier {

    private MixedContentCopier() {
    }

    static void copyChildren(KithXmlWriter out, Element source) {
        for (Node node = source.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                out.start(element.getNamespaceURI(), Dom.localName(element));
                copyAttributes(out, element);
                out.copyChildren(element);
                out.end();
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.characters(node.getNodeValue());
            }
        }
    }

    private static void copyAttributes(KithXmlWriter out, Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())) {
                out.attribute(attr.getNamespaceURI(), attr.getLocalName() != null ? attr.getLocalName() : attr.getName(),
                        attr.getValue());
            }
        }
    }
}
