package no.samport.directory.gp.distribution;

import java.util.Map;
import java.util.Optional;
import no.samport.directory.CommunicationParty;
import no.samport.directory.Directory;

/**
 * Who can be sent GP-list documents: a HER-id that is a communication party in the directory, with the endpoint that
 * serves it and the encoder for the first list format it reads (HIS 1023 when it names {@code pasientliste-1.0},
 * else FHIR JSON).
 */
public final class Recipients {

    /** A reachable recipient. */
    public record Recipient(CommunicationParty party, ListDocumentEncoder encoder) {
    }

    private final Directory directory;
    private final Map<String, ListDocumentEncoder> encoders;

    public Recipients(Directory directory, Map<String, ListDocumentEncoder> encoders) {
        this.directory = directory;
        this.encoders = encoders;
    }

    public Optional<Recipient> find(String herId) {
        if (herId == null) {
            return Optional.empty();
        }
        return directory.findByHerId(herId).map(party -> new Recipient(party, party.acceptedFormats().stream()
                .map(encoders::get).filter(e -> e != null).findFirst()
                .orElse(encoders.get(FhirJsonEncoder.FORMAT))));
    }

    /** The encoder for FHIR JSON, for messages that have no other form (capacity, offers). */
    public ListDocumentEncoder fhir() {
        return encoders.get(FhirJsonEncoder.FORMAT);
    }
}
