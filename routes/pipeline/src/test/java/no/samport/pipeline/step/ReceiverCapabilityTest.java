package no.samport.pipeline.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samport.directory.CommunicationParty;
import no.samport.directory.Directory;
import no.samport.directory.UrgentContacts;
import no.samport.plugin.api.fhir.PartyAddress;
import org.junit.jupiter.api.Test;

/** GL-24/GL-25: a GP office that cannot receive dialogmelding yet, and where the sender finds its urgent number. */
class ReceiverCapabilityTest {

    private static final PartyAddress HOSPITAL = PartyAddress.organisation("Nordvik sykehus, medisinsk avdeling",
            "8300950");
    private static final List<String> TO_OFFICE = List.of("8300800");

    /** A directory whose entry for the office can change between two messages, as Adresseregisteret's does. */
    private static final class ChangingDirectory implements Directory {
        private CommunicationParty office;

        @Override
        public Optional<CommunicationParty> findByHerId(String herId) {
            return office.herId().equals(herId) ? Optional.of(office) : Optional.empty();
        }

        @Override
        public Collection<CommunicationParty> parties() {
            return List.of(office);
        }
    }

    private static CommunicationParty office(Set<String> types, String urgentPhone, String hospitalArea) {
        return new CommunicationParty("8300800", "Sperret legekontor", "sperret-legekontor", types, Set.of(),
                urgentPhone, hospitalArea);
    }

    private final ChangingDirectory directory = new ChangingDirectory();
    private final ReceiverCapability capability = new ReceiverCapability(new UrgentContacts(directory,
            Map.of("nordvik-sykehusomrade", Map.of("8300800", "+47 75 11 22 33"))));

    private Optional<ReceiverCapability.Refusal> send(String messageType) {
        CommunicationParty receiver = directory.findByHerId("8300800").orElseThrow();
        return capability.refusal(receiver, TO_OFFICE, messageType, HOSPITAL);
    }

    @Test
    void anOfficeThatTakesNoDialogmeldingYetIsRefusedWithItsUrgentNumberFromAdresseregisteret() {
        directory.office = office(Set.of("EPIKRISE"), "+47 75 00 00 01", null);

        ReceiverCapability.Refusal refusal = send("DIALOG_NOTAT").orElseThrow();

        assertThat(refusal.text()).contains("tar ikke imot DIALOG_NOTAT").contains("blir ikke levert senere")
                .contains("ring +47 75 00 00 01").contains("Adresseregisteret");
        assertThat(refusal.finding()).isNull();
    }

    @Test
    void theNextMessageGoesThroughAsSoonAsTheDirectorySaysTheOfficeTakesTheType() {
        directory.office = office(Set.of("EPIKRISE"), "+47 75 00 00 01", null);
        assertThat(send("DIALOG_NOTAT")).isPresent();

        directory.office = office(Set.of("EPIKRISE", "DIALOG_NOTAT"), "+47 75 00 00 01", null);

        assertThat(send("DIALOG_NOTAT")).isEmpty();
    }

    @Test
    void withoutAnUrgentNumberTheSenderGetsThePkoListsNumberForTheHospitalArea() {
        directory.office = office(Set.of("EPIKRISE"), null, "nordvik-sykehusomrade");

        ReceiverCapability.Refusal refusal = send("DIALOG_FORESPORSEL").orElseThrow();

        assertThat(refusal.text()).contains("ring +47 75 11 22 33")
                .contains("PKO-listen for sykehusområde nordvik-sykehusomrade");
        assertThat(refusal.finding()).isNull();
    }

    @Test
    void withNeitherTheRefusalSaysSoAndADataQualityFindingNamesTheOfficeAndTheSender() {
        directory.office = office(Set.of("EPIKRISE"), null, null);

        ReceiverCapability.Refusal refusal = send("DIALOG_FORESPORSEL").orElseThrow();

        assertThat(refusal.text()).contains("kjenner ikke noe hastenummer").doesNotContain("ring");
        assertThat(refusal.finding().ruleId()).isEqualTo(ReceiverCapability.NO_URGENT_CONTACT);
        assertThat(refusal.finding().text()).contains("Sperret legekontor (HER-id 8300800)")
                .contains("no urgent phone");
        assertThat(refusal.finding().senderOrgHerId()).isEqualTo("8300950");
        assertThat(refusal.finding().messageType()).isEqualTo("DIALOG_FORESPORSEL");
    }

    @Test
    void anOfficeThatTakesEveryTypeIsNeverRefused() {
        directory.office = office(Set.of(), null, null);

        assertThat(send("DIALOG_NOTAT")).isEmpty();
    }
}
