package no.samport.directory;

import java.util.Collection;
import java.util.Optional;
import no.samport.plugin.api.fhir.PartyAddress;

/** Looks up communication parties. */
public interface Directory {

    Optional<CommunicationParty> findByHerId(String herId);

    Collection<CommunicationParty> parties();

    /**
     * The party a message addressed like this goes to: the most specific HER-id the directory knows (person, then
     * department, then organisation).
     */
    default Optional<CommunicationParty> resolve(PartyAddress address) {
        return address.herIdsMostSpecificFirst().stream()
                .map(this::findByHerId)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
