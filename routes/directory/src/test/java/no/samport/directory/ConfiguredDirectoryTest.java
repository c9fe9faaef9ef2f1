package no.samport.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.samport.plugin.api.fhir.PartyAddress;
import org.junit.jupiter.api.Test;

class ConfiguredDirectoryTest {

    private final CommunicationParty office = new CommunicationParty("8300200", "Lade legesenter", "lade-legesenter",
            Set.of(), Set.of("dialogmelding-1.0"));
    private final CommunicationParty doctor = new CommunicationParty("8300201", "Ingrid Fjell", "lade-legesenter",
            Set.of("DIALOG_FORESPORSEL"), Set.of());
    private final ConfiguredDirectory directory = new ConfiguredDirectory(List.of(office, doctor));

    @Test
    void resolvesTheMostSpecificKnownHerIdFirst() {
        PartyAddress toDoctor = PartyAddress.organisation("Lade legesenter", "8300200")
                .withPerson("Ingrid Fjell", "8300201", null);

        assertThat(directory.resolve(toDoctor)).contains(doctor);
    }

    @Test
    void fallsBackToTheOrganisationWhenThePersonIsUnknown() {
        PartyAddress toUnknownDoctor = PartyAddress.organisation("Lade legesenter", "8300200")
                .withPerson("Vikar", "9999999", null);

        assertThat(directory.resolve(toUnknownDoctor)).contains(office);
    }

    @Test
    void findsNothingForAnUnknownReceiver() {
        assertThat(directory.resolve(PartyAddress.organisation("Ukjent", "1234"))).isEmpty();
    }

    @Test
    void toleratesPaddedHerIdsOnLookup() {
        assertThat(directory.findByHerId(" 8300200 ")).contains(office);
    }

    @Test
    void refusesAHerIdListedTwice() {
        assertThatThrownBy(() -> new ConfiguredDirectory(List.of(office, office)))
                .hasMessageContaining("8300200 is listed twice");
    }

    @Test
    void anEmptyListOfMessageTypesAcceptsEveryType() {
        assertThat(office.acceptsMessageType("DIALOG_NOTAT")).isTrue();
        assertThat(doctor.acceptsMessageType("DIALOG_NOTAT")).isFalse();
    }
}
