package no.samport.directory.gp.distribution;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import no.samport.directory.gp.jdbc.JdbcGpOutbox;
import org.hl7.fhir.r4.model.Bundle;

/** Encodes an outgoing message for its recipient and puts the documents in the outbox. */
public final class OutboxWriter {

    private final JdbcGpOutbox outbox;

    public OutboxWriter(JdbcGpOutbox outbox) {
        this.outbox = outbox;
    }

    public List<UUID> write(String kind, Recipients.Recipient recipient, Bundle message,
                            ListDocumentEncoder.Content content, YearMonth month, Instant now) {
        return write(kind, recipient, recipient.encoder(), message, content, month, now);
    }

    public List<UUID> write(String kind, Recipients.Recipient recipient, ListDocumentEncoder encoder, Bundle message,
                            ListDocumentEncoder.Content content, YearMonth month, Instant now) {
        String stamp = UUID.randomUUID().toString().substring(0, 8);
        return encoder.encode(message, content, month, stamp).stream()
                .map(doc -> outbox.add(new JdbcGpOutbox.Document(kind, recipient.party().herId(),
                        recipient.party().endpointId(), encoder.format(), doc.name(), doc.payload()), now))
                .toList();
    }
}
