package no.samport.kith.internal.dialog;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.kith.internal.xml.XmlFragments;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationPayloadComponent;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;

/**
 * Free text that may carry markup ({@code TekstNotatInnhold} anyType; 1.1 {@code Sporsmal} anyType, XHTML allowed)
 * as {@code Communication.payload.contentString}. When the element has child elements, its content is also kept as
 * XML in the {@link KithExtensions#XML_CONTENT} extension and written back from there.
 */
final class MarkupContent {

    private MarkupContent() {
    }

    /** Adds the element's text as a payload; nothing when it is null or empty. */
    static void read(Element element, Communication communication, ReadContext context) {
        if (element == null) {
            return;
        }
        context.opaque(element);
        String text = Dom.text(element);
        boolean markup = !Dom.children(element).isEmpty();
        if (text == null && !markup) {
            return;
        }
        CommunicationPayloadComponent payload = communication.addPayload()
                .setContent(new StringType(text == null ? "-" : text));
        if (markup) {
            payload.addExtension(KithExtensions.XML_CONTENT, new StringType(XmlFragments.childrenAsXml(element)));
        }
    }

    /** The first text payload of a Communication, or null. */
    static CommunicationPayloadComponent textPayload(Communication communication) {
        return communication.getPayload().stream().filter(p -> p.getContent() instanceof StringType)
                .findFirst().orElse(null);
    }

    /** Writes {@code <name>} with the payload's markup, or its text. */
    static void write(KithXmlWriter out, String ns, String localName, CommunicationPayloadComponent payload) {
        if (payload == null) {
            return;
        }
        String xml = ExtensionValues.string(payload, KithExtensions.XML_CONTENT);
        if (xml == null) {
            out.text(ns, localName, payload.getContent().primitiveValue());
            return;
        }
        XmlFragments.write(out, ns, localName, xml, payload.getContent().primitiveValue());
    }
}
