package no.samport.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GL-24/GL-25: the urgent number from Adresseregisteret first, then the PKO list of the hospital area. */
class UrgentContactsTest {

    private static final Map<String, Map<String, String>> PKO = Map.of("nordvik-sykehusomrade",
            Map.of("8300800", "+47 75 11 22 33", "8300801", "+47 75 11 22 34"));

    private static CommunicationParty party(String herId, String name, String urgentPhone, String hospitalArea) {
        return new CommunicationParty(herId, name, "ep", Set.of(), Set.of(), urgentPhone, hospitalArea);
    }

    private static UrgentContacts contacts(CommunicationParty... parties) {
        return new UrgentContacts(new ConfiguredDirectory(List.of(parties)), PKO);
    }

    @Test
    void theOfficesUrgentNumberInAdresseregisteretComesFirstEvenWhenThePkoListHasOne() {
        UrgentContacts contacts = contacts(party("8300800", "Sperret legekontor", "+47 75 00 00 01",
                "nordvik-sykehusomrade"), party("8300801", "Lege ved Sperret", null, "nordvik-sykehusomrade"));

        UrgentContacts.UrgentContact found = contacts.find(List.of("8300801", "8300800")).orElseThrow();

        assertThat(found.phone()).isEqualTo("+47 75 00 00 01");
        assertThat(found.source()).contains("Hvis det haster").contains("Sperret legekontor");
    }

    @Test
    void withoutAnUrgentNumberThePkoListOfTheHospitalAreaGivesTheDoctorsDirectNumber() {
        UrgentContacts contacts = contacts(party("8300800", "Sperret legekontor", null, "nordvik-sykehusomrade"),
                party("8300801", "Lege ved Sperret", null, null));

        UrgentContacts.UrgentContact found = contacts.find(List.of("8300801", "8300800")).orElseThrow();

        assertThat(found.phone()).isEqualTo("+47 75 11 22 34");
        assertThat(found.source()).isEqualTo("PKO-listen for sykehusområde nordvik-sykehusomrade");
    }

    @Test
    void neitherAnUrgentNumberNorAPkoEntryGivesNothing() {
        UrgentContacts noArea = contacts(party("8300800", "Sperret legekontor", null, null));
        UrgentContacts areaWithoutEntry = contacts(party("8300900", "Gamle Torv legekontor", null,
                "nordvik-sykehusomrade"));

        assertThat(noArea.find(List.of("8300800"))).isEmpty();
        assertThat(areaWithoutEntry.find(List.of("8300900"))).isEmpty();
    }

    @Test
    void anUnknownHerIdHasNoContact() {
        assertThat(contacts().find(List.of("8300800"))).isEmpty();
    }
}
