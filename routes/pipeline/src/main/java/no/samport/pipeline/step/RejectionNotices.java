package no.samport.pipeline.step;

import java.nio.charset.StandardCharsets;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.fhir.AppRecError;

/** Plain-text notices about input Samport could not read well enough to answer with an AppRec. */
public final class RejectionNotices {

    public byte[] text(StoredMessage message) {
        String code = message.errorCode() == null ? "X99" : message.errorCode();
        String display = AppRecError.fromCode(code).map(AppRecError::display).orElse("");
        String text = """
                Samport could not accept a message received on endpoint %s.

                Received as:  %s
                Received at:  %s
                Tracking id:  %s
                Error:        %s %s
                Detail:       %s

                No AppRec was sent because no sender could be read from the message. Samport keeps the message
                with status REJECTED; look it up with GET /api/messages/%s.
                """.formatted(message.sourceEndpoint(), message.originalName(), message.receivedAt(),
                message.trackingId(), code, display, message.errorText(), message.trackingId());
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public String name(StoredMessage message) {
        String base = message.originalName() != null ? message.originalName() : message.trackingId().toString();
        return OutboundNames.safe(base) + ".rejected.txt";
    }
}
