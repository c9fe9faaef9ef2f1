package no.samport.pipeline.store;

import java.util.List;
import no.samport.plugin.api.fhir.MessageEnvelope;

/** Builds {@link DecodedFacts} from a message envelope. */
public final class Facts {

    private Facts() {
    }

    public static DecodedFacts of(MessageEnvelope envelope, String format, String canonicalJson, List<String> warnings) {
        return new DecodedFacts(
                envelope.isAppRec() ? MessageKind.RECEIPT : MessageKind.MESSAGE,
                format,
                envelope.msgId(),
                envelope.messageType(),
                envelope.sender().mostSpecificHerId().orElse(null),
                envelope.receiver().mostSpecificHerId().orElse(null),
                envelope.conversationKey(),
                canonicalJson,
                warnings);
    }
}
