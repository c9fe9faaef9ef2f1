package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.common.OrganisationConverter;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.ConversationRefs;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.MessageHeader.MessageDestinationComponent;
import org.hl7.fhir.r4.model.Reference;

/**
 * {@code MsgInfo} (without {@code Patient}) to a message bundle: MsgId in Bundle.identifier, GenDate as timestamp, the
 * MessageHeader with event (8279), sender, receiver (destination[0]), copy receivers (further destinations) and
 * ConversationRef. This is also the partial header of a rejected message.
 */
final class MsgInfoReader {

    static final String MIG_VERSION = "v1.2 2006-05-24";

    private MsgInfoReader() {
    }

    static Bundle read(org.w3c.dom.Element msgInfo, ReadContext context) throws MessageRejectedException {
        org.w3c.dom.Element typeElement = context.required(msgInfo, MSGHEAD, "Type");
        CodedValue type = CodedValue.cs(typeElement, context);
        if (type.v() == null) {
            throw context.invalid(typeElement, "Type has no V");
        }
        if (type.dn() == null) {
            context.quirk(typeElement, "Type has no DN");
        }
        String migVersion = context.requiredText(msgInfo, MSGHEAD, "MIGversion");
        if (!MIG_VERSION.equals(migVersion)) {
            context.quirk(context.required(msgInfo, MSGHEAD, "MIGversion"),
                    "MIGversion is '" + migVersion + "', expected '" + MIG_VERSION + "'");
        }
        org.w3c.dom.Element genDateElement = context.required(msgInfo, MSGHEAD, "GenDate");
        InstantType genDate = KithDateTimes.instant(Dom.text(genDateElement));
        if (genDate == null) {
            throw context.invalid(genDateElement, "GenDate is not an xs:dateTime (element content, e.g. 2024-01-24T10:23:32)");
        }
        String msgId = context.requiredText(msgInfo, MSGHEAD, "MsgId");

        MessageHeader header = new MessageHeader();
        header.setEvent(type.toCoding(Systems.MESSAGE_TYPE));
        Bundle bundle = Bundles.newMessage(msgId, genDate.getValue(), header);
        bundle.setTimestampElement(genDate);
        addCoded(header, KithExtensions.PROCESSING_STATUS, msgInfo, "ProcessingStatus", context);
        addCoded(header, KithExtensions.REQUESTED_PRIORITY, msgInfo, "RequestedPriority", context);
        addCoded(header, KithExtensions.ACK, msgInfo, "Ack", context);
        org.w3c.dom.Element conversation = context.child(msgInfo, MSGHEAD, "ConversationRef");
        if (conversation != null) {
            ConversationRefs.set(header, context.requiredText(conversation, MSGHEAD, "RefToParent"),
                    context.requiredText(conversation, MSGHEAD, "RefToConversation"));
        }
        org.w3c.dom.Element sender = context.required(msgInfo, MSGHEAD, "Sender");
        header.setSender(party(sender, bundle, context));
        header.getSource().setEndpoint(endpoint(bundle, header.getSender()));
        addCoded(header.getSource(), KithExtensions.COM_METHOD, sender, "ComMethod", context);
        org.w3c.dom.Element receiver = context.required(msgInfo, MSGHEAD, "Receiver");
        destination(header, party(receiver, bundle, context), receiver, bundle, context);
        OtherReceiverReader.readAll(msgInfo, header, bundle, context);
        return bundle;
    }

    /** Adds a destination for a receiving party, with its endpoint and ComMethod. */
    static MessageDestinationComponent destination(MessageHeader header, Reference party, org.w3c.dom.Element element,
                                                   Bundle bundle, ReadContext context) throws MessageRejectedException {
        MessageDestinationComponent destination = header.addDestination().setReceiver(party);
        destination.setEndpoint(endpoint(bundle, party));
        addCoded(destination, KithExtensions.COM_METHOD, element, "ComMethod", context);
        return destination;
    }

    private static Reference party(org.w3c.dom.Element element, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        return OrganisationConverter.read(context.required(element, MSGHEAD, "Organisation"),
                OrganisationConverter.Layout.MSGHEAD, bundle, context);
    }

    private static String endpoint(Bundle bundle, Reference party) {
        return PartyResources.read(bundle, party).mostSpecificHerId().map(Systems::herEndpoint)
                .orElse(Systems.HER_ENDPOINT_PREFIX + "unknown");
    }

    /** Keeps an optional CS child as a Coding extension. */
    static void addCoded(IBaseHasExtensions target, String url, org.w3c.dom.Element parent, String name, ReadContext context)
            throws MessageRejectedException {
        CodedValue value = CodedValue.cs(context.child(parent, MSGHEAD, name), context);
        if (value != null) {
            IBaseExtension<?, ?> extension = target.addExtension();
            extension.setUrl(url);
            extension.setValue(value.toCoding(null));
        }
    }
}
