package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.Optional;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.kith.internal.xml.SecureXml;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Bundle;
import org.w3c.dom.Element;

/**
 * Reads only the MsgInfo of a message Samport will not parse whole (too large), so the rejection can still be
 * answered with an AppRec to its sender. Reads leniently; empty when no usable MsgInfo comes first.
 */
public final class HeaderSniffer {

    private HeaderSniffer() {
    }

    public static Optional<Bundle> partialHeader(byte[] xml, int maxDepth) {
        return SecureXml.parseHead(xml, "MsgInfo", maxDepth)
                .map(document -> document.getDocumentElement())
                .filter(root -> Dom.is(root, MSGHEAD, "MsgHead"))
                .flatMap(HeaderSniffer::read);
    }

    private static Optional<Bundle> read(Element msgHead) {
        try {
            ReadContext lenient = new ReadContext(false);
            return Optional.of(MsgInfoReader.read(lenient.required(msgHead, MSGHEAD, "MsgInfo"), lenient));
        } catch (MessageRejectedException e) {
            return Optional.empty();
        }
    }
}
