package no.samport.kith.internal.common;

import no.samport.plugin.api.fhir.ConversationRefs;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MessageHeader;

/** Reads the ConversationRef extension back from a MessageHeader. */
public final class MessageHeaders {

    private MessageHeaders() {
    }

    /** ConversationRef/RefToParent, or null. */
    public static String refToParent(MessageHeader header) {
        return conversationPart(header, ConversationRefs.REF_TO_PARENT);
    }

    /** ConversationRef/RefToConversation, or null. */
    public static String refToConversation(MessageHeader header) {
        return conversationPart(header, ConversationRefs.REF_TO_CONVERSATION);
    }

    private static String conversationPart(MessageHeader header, String part) {
        Extension conversation = header.getExtensionByUrl(Systems.EXT_CONVERSATION_REF);
        Extension value = conversation == null ? null : conversation.getExtensionByUrl(part);
        return value == null || value.getValue() == null ? null : value.getValue().primitiveValue();
    }
}
