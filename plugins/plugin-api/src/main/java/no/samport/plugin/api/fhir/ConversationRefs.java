package no.samport.plugin.api.fhir;

import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.StringType;

/** Writes MsgHead ConversationRef onto a MessageHeader as the {@link Systems#EXT_CONVERSATION_REF} extension. */
public final class ConversationRefs {

    public static final String REF_TO_PARENT = "refToParent";
    public static final String REF_TO_CONVERSATION = "refToConversation";

    private ConversationRefs() {
    }

    /** Sets ConversationRef; both ids are required by MsgHead when either is given. */
    public static void set(MessageHeader header, String refToParent, String refToConversation) {
        header.getExtension().removeIf(e -> Systems.EXT_CONVERSATION_REF.equals(e.getUrl()));
        Extension extension = header.addExtension().setUrl(Systems.EXT_CONVERSATION_REF);
        extension.addExtension(REF_TO_PARENT, new StringType(refToParent));
        extension.addExtension(REF_TO_CONVERSATION, new StringType(refToConversation));
    }
}
