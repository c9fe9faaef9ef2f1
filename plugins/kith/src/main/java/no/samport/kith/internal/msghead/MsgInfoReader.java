package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.common.OrganisationConverter;
import no.samport.kith.internal.common.PartyEndpoints;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.ConversationRefs;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.MessageHeader.MessageDestinationComponent;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * {@code MsgInfo} (without {@code Patient}) to a message bundle: MsgId in Bundle.identifier, GenDate as timestamp, the
 * MessageHeader with event (8279), sender, receiver (destination[0]), copy receivers (further destinations) and
 * ConversationRef. This is also the partial header of a rejected message.
 */
final class MsgInfoReader {

    static final String MIG_VERSION = "v1.2 2006-05-24";

    private MsgInfoReader() {
    }

    /**
     * Reads MsgInfo. The core (Type, GenDate, MsgId, Sender, Receiver) is read first; a rejection in the rest
     * carries the core as partial header.
     */
    static Bundle read(Element msgInfo, ReadContext context) throws MessageRejectedException {
        Bundle bundle = core(msgInfo, context);
        Bundle partial = bundle.copy();
        try {
            rest(msgInfo, Bundles.header(bundle), bundle, context);
            return bundle;
        } catch (MessageRejectedException e) {
            throw new MessageRejectedException(e.error(), e.getMessage(), partial);
        }
    }

    private static Bundle core(Element msgInfo, ReadContext context) throws MessageRejectedException {
        Element typeElement = context.required(msgInfo, MSGHEAD, "Type");
        CodedValue type = CodedValue.cs(typeElement, context);
        if (type.v() == null) {
            throw context.invalid(typeElement, "Type has no V");
        }
        Element genDateElement = context.required(msgInfo, MSGHEAD, "GenDate");
        InstantType genDate = KithDateTimes.instant(Dom.text(genDateElement));
        if (genDate == null) {
            throw context.invalid(genDateElement, "GenDate is not an xs:dateTime (element content, e.g. 2024-01-24T10:23:32)");
        }
        MessageHeader header = new MessageHeader();
        header.setEvent(type.toCoding(Systems.MESSAGE_TYPE));
        Bundle bundle = Bundles.newMessage(context.requiredText(msgInfo, MSGHEAD, "MsgId"), genDate.getValue(), header);
        bundle.setTimestampElement(genDate);
        Element sender = context.required(msgInfo, MSGHEAD, "Sender");
        header.setSender(party(sender, bundle, context));
        header.getSource().setEndpoint(PartyEndpoints.of(bundle, header.getSender()));
        Element receiver = context.required(msgInfo, MSGHEAD, "Receiver");
        destination(header, party(receiver, bundle, context), receiver, bundle, context);
        return bundle;
    }

    private static void rest(Element msgInfo, MessageHeader header, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        if (!header.getEventCoding().hasDisplay()) {
            context.quirk(context.required(msgInfo, MSGHEAD, "Type"), "Type has no DN");
        }
        String migVersion = context.requiredText(msgInfo, MSGHEAD, "MIGversion");
        if (!MIG_VERSION.equals(migVersion)) {
            context.quirk(context.required(msgInfo, MSGHEAD, "MIGversion"),
                    "MIGversion is '" + migVersion + "', expected '" + MIG_VERSION + "'");
        }
        addCoded(header, KithExtensions.PROCESSING_STATUS, msgInfo, "ProcessingStatus", context);
        addCoded(header, KithExtensions.REQUESTED_PRIORITY, msgInfo, "RequestedPriority", context);
        addCoded(header, KithExtensions.ACK, msgInfo, "Ack", context);
        Element conversation = context.child(msgInfo, MSGHEAD, "ConversationRef");
        if (conversation != null) {
            ConversationRefs.set(header, context.requiredText(conversation, MSGHEAD, "RefToParent"),
                    context.requiredText(conversation, MSGHEAD, "RefToConversation"));
        }
        addCoded(header.getSource(), KithExtensions.COM_METHOD, context.required(msgInfo, MSGHEAD, "Sender"),
                "ComMethod", context);
        OtherReceiverReader.readAll(msgInfo, header, bundle, context);
    }

    /** Adds a destination for a receiving party, with its endpoint and ComMethod. */
    static MessageDestinationComponent destination(MessageHeader header, Reference party, Element element,
                                                   Bundle bundle, ReadContext context) throws MessageRejectedException {
        MessageDestinationComponent destination = header.addDestination().setReceiver(party);
        destination.setEndpoint(PartyEndpoints.of(bundle, party));
        addCoded(destination, KithExtensions.COM_METHOD, element, "ComMethod", context);
        return destination;
    }

    private static Reference party(Element element, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        return OrganisationConverter.read(context.required(element, MSGHEAD, "Organisation"),
                OrganisationConverter.Layout.MSGHEAD, bundle, context);
    }

    /** Keeps an optional CS child as a Coding extension. */
    static void addCoded(IBaseHasExtensions target, String url, Element parent, String name, ReadContext context)
            throws MessageRejectedException {
        CodedValue value = CodedValue.cs(context.child(parent, MSGHEAD, name), context);
        if (value != null) {
            IBaseExtension<?, ?> extension = target.addExtension();
            extension.setUrl(url);
            extension.setValue(value.toCoding(null));
        }
    }
}
