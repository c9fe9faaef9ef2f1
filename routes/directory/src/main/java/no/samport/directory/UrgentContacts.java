package no.samport.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a person who must reach a GP office by phone finds its number (samarbeidsavtale, GP-LISTS.md GL-24/GL-25):
 * first the "Hvis det haster" number the office or doctor publishes in Adresseregisteret, then the list of direct
 * numbers the PKO keeps for the party's hospital area. The directory is asked on every call, so a changed entry counts
 * at once.
 */
public final class UrgentContacts {

    /**
     * A phone number and where it came from.
     *
     * @param phone  the number
     * @param source where it was found, in words for the sender
     */
    public record UrgentContact(String phone, String source) {
    }

    private final Directory directory;
    private final Map<String, Map<String, String>> pkoContacts;

    /** @param pkoContacts per hospital area id: HER-id -> direct phone number kept by the PKO */
    public UrgentContacts(Directory directory, Map<String, Map<String, String>> pkoContacts) {
        this.directory = directory;
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        pkoContacts.forEach((area, numbers) -> copy.put(area, Map.copyOf(numbers)));
        this.pkoContacts = Map.copyOf(copy);
    }

    /**
     * The urgent contact for a party addressed by these HER-ids (most specific first): the first urgent phone any of
     * them publishes; else the first number the PKO list of their hospital area holds for any of them.
     */
    public Optional<UrgentContact> find(List<String> herIdsMostSpecificFirst) {
        List<CommunicationParty> parties = herIdsMostSpecificFirst.stream().map(directory::findByHerId)
                .flatMap(Optional::stream).toList();
        for (CommunicationParty party : parties) {
            if (party.urgentPhone() != null) {
                return Optional.of(new UrgentContact(party.urgentPhone(),
                        "«Hvis det haster»-nummer for " + party.name() + " i Adresseregisteret"));
            }
        }
        for (CommunicationParty party : parties) {
            Map<String, String> pko = party.hospitalArea() == null ? Map.of()
                    : pkoContacts.getOrDefault(party.hospitalArea(), Map.of());
            for (String herId : herIdsMostSpecificFirst) {
                if (pko.containsKey(herId)) {
                    return Optional.of(new UrgentContact(pko.get(herId),
                            "PKO-listen for sykehusområde " + party.hospitalArea()));
                }
            }
        }
        return Optional.empty();
    }
}
