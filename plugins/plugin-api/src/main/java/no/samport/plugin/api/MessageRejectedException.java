package no.samport.plugin.api;

import java.util.Optional;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A message Samport cannot accept. The message says what is wrong and where, without patient data, because it is
 * stored in the status history and sent to the sender in the receipt's free text.
 */
public class MessageRejectedException extends Exception {

    private final AppRecError error;
    private final transient Bundle partialHeader;

    /**
     * @param error         the 8221 code for the receipt
     * @param message       what is wrong and where (element, line), for people
     * @param partialHeader a message bundle with at least the MessageHeader (sender, receiver, MsgId, type, GenDate)
     *                      when those could be read, so a receipt can be addressed; null otherwise
     */
    public MessageRejectedException(AppRecError error, String message, Bundle partialHeader) {
        super(message);
        this.error = error;
        this.partialHeader = partialHeader;
    }

    public MessageRejectedException(AppRecError error, String message) {
        this(error, message, null);
    }

    public AppRecError error() {
        return error;
    }

    public Optional<Bundle> partialHeader() {
        return Optional.ofNullable(partialHeader);
    }
}
