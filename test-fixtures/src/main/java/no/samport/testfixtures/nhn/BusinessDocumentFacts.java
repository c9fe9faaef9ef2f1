package no.samport.testfixtures.nhn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the NHN message service reads from a business document (MsgHead or AppRec) to route it: MsgId, GenDate,
 * sender and receiver HER-ids, whether it is an AppRec and, for an AppRec, its status. Parsed without DTDs or
 * external entities.
 *
 * @param msgId         MsgHead MsgInfo/MsgId, or AppRec Id
 * @param genDate       GenDate as written
 * @param senderHerId   the most specific HER-id of the sender
 * @param receiverHerId the most specific HER-id of the receiver
 * @param appRec        whether the document is an AppRec
 * @param appRecStatus  for an AppRec: the 8258 status code (1 OK, 2 rejected); otherwise null
 */
public record BusinessDocumentFacts(String msgId, String genDate, int senderHerId, int receiverHerId, boolean appRec,
                                    String appRecStatus) {

    /** Reads the facts; fails with IllegalArgumentException (an HTTP 400 at the simulator) when it cannot. */
    public static BusinessDocumentFacts read(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        if (!text.startsWith("<?xml") || !text.substring(0, text.indexOf("?>") + 2).matches("(?s).*encoding=[\"']UTF-8[\"'].*")) {
            throw new IllegalArgumentException("The business document must declare encoding=\"UTF-8\" in its first line");
        }
        Element root = parse(document).getDocumentElement();
        boolean appRec = "AppRec".equals(root.getLocalName());
        if (appRec) {
            return new BusinessDocumentFacts(text(root, "Id"), text(root, "GenDate"), herId(child(root, "Sender")),
                    herId(child(root, "Receiver")), true, attribute(child(root, "Status"), "V"));
        }
        if (!"MsgHead".equals(root.getLocalName())) {
            throw new IllegalArgumentException("The business document is neither a MsgHead nor an AppRec");
        }
        Element msgInfo = child(root, "MsgInfo");
        return new BusinessDocumentFacts(text(msgInfo, "MsgId"), text(msgInfo, "GenDate"),
                herId(child(msgInfo, "Sender")), herId(child(msgInfo, "Receiver")), false, null);
    }

    private static Document parse(byte[] document) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(document));
        } catch (Exception e) {
            throw new IllegalArgumentException("The business document is not well-formed XML: " + e.getMessage());
        }
    }

    /**
     * The last (most specific) HER-id in a party: the deepest TypeId V="HER" and the Id beside it (MsgHead's
     * Ident/Id + Ident/TypeId, AppRec's Inst, Dept or HCPerson with Id + TypeId).
     */
    private static int herId(Element party) {
        NodeList typeIds = party.getElementsByTagNameNS("*", "TypeId");
        String found = null;
        for (int i = 0; i < typeIds.getLength(); i++) {
            Element typeId = (Element) typeIds.item(i);
            if ("HER".equals(attribute(typeId, "V").strip())) {
                for (org.w3c.dom.Node n = typeId.getParentNode().getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && "Id".equals(e.getLocalName())) {
                        found = e.getTextContent().strip();
                        break;
                    }
                }
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("The " + party.getLocalName() + " has no HER-id");
        }
        return Integer.parseInt(found);
    }

    private static Element child(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        if (nodes.getLength() == 0) {
            throw new IllegalArgumentException("No " + localName + " under " + parent.getLocalName());
        }
        return (Element) nodes.item(0);
    }

    private static String text(Element parent, String localName) {
        return child(parent, localName).getTextContent().strip();
    }

    private static String attribute(Element element, String name) {
        return element.getAttribute(name);
    }
}
