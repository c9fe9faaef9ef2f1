package no.samport.plugin.api.fhir;

import java.time.Instant;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.StringType;

/**
 * What the pipeline needs to know about a message to route it, read from its FHIR message Bundle: ids, type,
 * sender, receiver, conversation and, for a receipt, what it answers.
 *
 * @param msgId          the KITH MsgId
 * @param messageType    the 8279 code, e.g. DIALOG_FORESPORSEL or APPREC
 * @param genDate        when the sender generated the message
 * @param sender         who sent it
 * @param receiver       who it is addressed to
 * @param parentMsgId    ConversationRef/RefToParent, or null
 * @param conversationId ConversationRef/RefToConversation, or null on a first message
 * @param receipt        for an AppRec: what it answers and with which status; otherwise null
 */
public record MessageEnvelope(
        String msgId,
        String messageType,
        Instant genDate,
        PartyAddress sender,
        PartyAddress receiver,
        String parentMsgId,
        String conversationId,
        Receipt receipt) {

    /** What an AppRec answers. */
    public record Receipt(String originalMsgId, String originalMessageType, Instant originalGenDate,
                          AppRecStatus status) {
    }

    /** Ordering key for a conversation: answers must not overtake questions. */
    public String conversationKey() {
        return conversationId != null ? conversationId : msgId;
    }

    public boolean isAppRec() {
        return KithMessageType.APPREC.equals(messageType);
    }

    /** Reads the envelope of a Samport message bundle. */
    public static MessageEnvelope of(Bundle bundle) {
        MessageHeader header = Bundles.header(bundle);
        PartyAddress sender = PartyResources.read(bundle, header.getSender());
        PartyAddress receiver = header.hasDestination()
                ? PartyResources.read(bundle, header.getDestinationFirstRep().getReceiver())
                : new PartyAddress(null, null, null);
        Extension conversation = header.getExtensionByUrl(Systems.EXT_CONVERSATION_REF);
        return new MessageEnvelope(
                Bundles.msgId(bundle),
                header.getEventCoding().getCode(),
                bundle.hasTimestamp() ? bundle.getTimestamp().toInstant() : null,
                sender,
                receiver,
                subValue(conversation, ConversationRefs.REF_TO_PARENT),
                subValue(conversation, ConversationRefs.REF_TO_CONVERSATION),
                receipt(header));
    }

    private static Receipt receipt(MessageHeader header) {
        if (!header.hasResponse()) {
            return null;
        }
        MessageHeader.MessageHeaderResponseComponent response = header.getResponse();
        Extension type = response.getExtensionByUrl(Systems.EXT_ORIGINAL_MESSAGE_TYPE);
        Extension genDate = response.getExtensionByUrl(Systems.EXT_ORIGINAL_GEN_DATE);
        Extension status = response.getExtensionByUrl(Systems.EXT_APPREC_STATUS);
        AppRecStatus appRecStatus = Optional.ofNullable(status)
                .map(e -> ((Coding) e.getValue()).getCode())
                .flatMap(AppRecStatus::fromCode)
                .orElse(response.getCode() == MessageHeader.ResponseType.OK ? AppRecStatus.OK : AppRecStatus.REJECTED);
        return new Receipt(
                response.getIdentifier(),
                type == null ? null : ((Coding) type.getValue()).getCode(),
                genDate == null ? null : ((org.hl7.fhir.r4.model.DateTimeType) genDate.getValue()).getValue().toInstant(),
                appRecStatus);
    }

    private static String subValue(Extension extension, String url) {
        if (extension == null) {
            return null;
        }
        Extension sub = extension.getExtensionByUrl(url);
        return sub != null && sub.getValue() instanceof StringType s ? s.getValue() : null;
    }
}
