package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.ListedPatient;
import no.samport.kith.KithSchemaValidator;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import no.samport.testfixtures.SharedReferences;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A message to "the patient's GP" goes to the GP on the patient's list at send time (GP-LISTS.md §6): the demo
 * forespørsel is addressed to fastlege Ingrid Fjell (9034 = 6) at Lade; where it really goes depends on the lists.
 */
class PatientsGpRoutingIT extends GatewayIT {

    private static final LocalDate LONG_AGO = GpListings.LONG_AGO;
    private static final String DEMO_PATIENT = "04075640094";
    private static final String LEGEVAKT_NOTE = "kith/dialogmelding/1.1/legevaktnotat-til-pasientens-fastlege.xml";
    private static final String LEGEVAKT_PATIENT = "17064840177";

    private static Doctor doctor(String hpr, String name, String herId, DoctorRelationship relationship,
                                 LocalDate from, LocalDate to) {
        return GpListings.doctor(hpr, name, herId, relationship, from, to);
    }

    private String listed(ListedPatient person, GpOffice office, LocalDate from, Doctor... doctors) {
        return GpListings.listed(http, person, office, from, doctors);
    }

    private StoredMessage send(DemoMessage message) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        http.postForEntity("/api/messages?endpoint=nidvik-hjemmetjeneste", new HttpEntity<>(message.bytes(), headers),
                String.class);
        return awaitOutcome(message.msgId());
    }

    private DemoMessage toTheGpOf(ListedPatient person) {
        return demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml").replace(DEMO_PATIENT, person.nin());
    }

    private String history(StoredMessage message) {
        return String.join("\n", store.history(message.trackingId()).stream().map(StatusEvent::detail).toList());
    }

    @Test
    void goesToTheFastlegeOnThePatientsListAtSendTime() {
        ListedPatient person = GpTestData.person("5095");
        String contract = listed(person, GpTestData.LADE, LONG_AGO,
                doctor("9100201", "Ingrid Fjell", "8300201", DoctorRelationship.LPFL, LONG_AGO, null));

        StoredMessage message = send(toTheGpOf(person));

        assertThat(message.destinationEndpoint()).isEqualTo("lade-legesenter");
        assertThat(history(message)).contains("in the role Fastlege").contains("contract " + contract)
                .contains("[fastlege]").doesNotContain(person.nin());
    }

    @Test
    void aPatientWhoChangedGpSinceAdmissionReachesTheNewGpReaddressed() {
        // GL-15: the sender still names the GP at admission; the list at send time decides
        ListedPatient person = GpTestData.person("5095");
        LocalDate switched = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).minusDays(5);
        listed(person, GpTestData.LADE, LONG_AGO,
                doctor("9100201", "Ingrid Fjell", "8300201", DoctorRelationship.LPFL, LONG_AGO, null));
        listed(person, GpTestData.BAKKEGATA, switched,
                doctor("9100301", "Ola Berg", "8300301", DoctorRelationship.LPFL, LONG_AGO, null));

        StoredMessage message = send(toTheGpOf(person));

        assertThat(message.destinationEndpoint()).isEqualTo("bakkegata-legekontor");
        assertThat(message.receiverHerId()).isEqualTo("8300301");
        String delivered = read(awaitFile("bakkegata-legekontor", "out", message.msgId()));
        assertThat(delivered).contains("<Id>8300301</Id>").contains("Bakkegata legekontor")
                .doesNotContain("<Id>8300201</Id>");
    }

    @Test
    void aListWithoutFastlegeIsServedByItsVikar() {
        // GL-07: a vacant contract with a locum
        ListedPatient person = GpTestData.person("5095");
        LocalDate left = LocalDate.of(2023, 6, 30);
        listed(person, GpTestData.BAKKEGATA, LONG_AGO,
                doctor("9100311", "Tidligere Fastlege", "8300399", DoctorRelationship.LPFL, LONG_AGO, left),
                doctor("9100302", "Per Vik", "8300303", DoctorRelationship.LPVI, left.plusDays(1), null));

        StoredMessage message = send(toTheGpOf(person));

        assertThat(message.receiverHerId()).isEqualTo("8300303");
        assertThat(history(message)).contains("which has no fastlege: vikar Per Vik").contains("[vikar]");
    }

    @Test
    void aSharedListGoesToTheOfficeNotToADoctorsPersonalQueue() {
        // GL-17: Nordsjøturnus, three doctors on one list
        ListedPatient person = GpTestData.person("5095");
        listed(person, GpTestData.LADE, LONG_AGO,
                doctor("9100211", "Turnuslege En", "8300201", DoctorRelationship.LPDL, LONG_AGO, null),
                doctor("9100212", "Turnuslege To", null, DoctorRelationship.LPDL, LONG_AGO, null),
                doctor("9100213", "Turnuslege Tre", null, DoctorRelationship.LPDL, LONG_AGO, null));

        StoredMessage message = send(toTheGpOf(person));

        assertThat(message.receiverHerId()).isEqualTo("8300200");
        assertThat(history(message)).contains("shared by 3 doctors").contains("[shared-list-office]");
    }

    @Test
    void aListWithoutAnyDoctorGoesToTheMunicipalitysFallbackFlaggedLegelos() {
        // GL-16: no GP and no vikar
        ListedPatient person = GpTestData.person("5095");
        listed(person, GpTestData.LADE, LONG_AGO,
                doctor("9100221", "Sluttet Lege", "8300298", DoctorRelationship.LPFL, LONG_AGO,
                        LocalDate.of(2023, 12, 31)));

        StoredMessage message = send(toTheGpOf(person));

        assertThat(message.destinationEndpoint()).isEqualTo("nidvik-fastlegekontor");
        assertThat(message.receiverHerId()).isEqualTo("8300120");
        assertThat(history(message)).contains("[legeløs-liste]");
    }

    @Test
    void aPatientOnNoListReachesANamedGpAsWrittenButNotAVirtualAddress() {
        ListedPatient unlisted = GpTestData.person("5095");

        StoredMessage asWritten = send(toTheGpOf(unlisted));
        StoredMessage virtual = send(toTheGpOf(GpTestData.person("5095")).replace("<Id>8300200</Id>",
                "<Id>8300999</Id>").replace("<Id>8300201</Id>", "<Id>8300999</Id>"));

        assertThat(asWritten.destinationEndpoint()).isEqualTo("lade-legesenter");
        assertThat(history(asWritten)).contains("is on no GP list Samport holds")
                .contains("delivered to the addressee as written");
        assertThat(virtual.status()).isEqualTo(MessageStatus.REJECTED);
        assertThat(virtual.errorCode()).isEqualTo("E21");
        assertThat(virtual.errorText()).contains("means the patient's GP").contains("on no GP list");
    }

    @Test
    void aLegevaktNoteReachesTheGpOnThePatientsListAtSendTimeNotTheGpTheLegevaktKnew() {
        // GL-10: the legevakt's journal is not the GP office's; it names the GP it knew (Lade), the list says Bakkegata
        ListedPatient person = GpTestData.person("5095");
        listed(person, GpTestData.BAKKEGATA, LONG_AGO,
                doctor("9100301", "Ola Berg", "8300301", DoctorRelationship.LPFL, LONG_AGO, null));
        DemoMessage note = DemoMessage.fixture(LEGEVAKT_NOTE).replace(LEGEVAKT_PATIENT, person.nin());

        StoredMessage message = send(note);

        assertThat(message.senderHerId()).isEqualTo("8300390");
        assertThat(message.messageType()).isEqualTo("DIALOG_HELSEFAGLIG");
        assertThat(message.receiverHerId()).isEqualTo("8300301");
        assertThat(message.destinationEndpoint()).isEqualTo("bakkegata-legekontor");
        assertThat(history(message)).contains("[fastlege]").doesNotContain(person.nin());
        String delivered = read(awaitFile("bakkegata-legekontor", "out", note.msgId()));
        assertThat(delivered).contains("<Id>8300301</Id>").contains("Nidvik legevakt, kontaktenhet")
                .contains("Vurdert som pneumoni").doesNotContain("<Id>8300201</Id>");
        KithSchemaValidator validator = KithSchemaValidator.fromDirectory(SharedReferences.assumeKithSchemas());
        assertThat(validator.validate(delivered.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aLegevaktNoteToThePatientsGpAddressReachesTheVikarServingTheList() {
        // GL-10 with GL-07: addressed to "the patient's GP" (8300999); the list's fastlege has left, a vikar serves it
        ListedPatient person = GpTestData.person("5095");
        LocalDate left = LocalDate.of(2024, 3, 31);
        listed(person, GpTestData.BAKKEGATA, LONG_AGO,
                doctor("9100231", "Sluttet Fastlege", "8300397", DoctorRelationship.LPFL, LONG_AGO, left),
                doctor("9100302", "Per Vik", "8300303", DoctorRelationship.LPVI, left.plusDays(1), null));
        DemoMessage note = DemoMessage.fixture(LEGEVAKT_NOTE).replace(LEGEVAKT_PATIENT, person.nin())
                .replace("<Id>8300200</Id>", "<Id>8300999</Id>").replace("<Id>8300201</Id>", "<Id>8300999</Id>");

        StoredMessage message = send(note);

        assertThat(message.receiverHerId()).isEqualTo("8300303");
        assertThat(message.destinationEndpoint()).isEqualTo("bakkegata-legekontor");
        assertThat(history(message)).contains("patient's GP").contains("[vikar]");
        assertThat(read(awaitFile("bakkegata-legekontor", "out", note.msgId()))).contains("<Id>8300303</Id>")
                .contains("Vurdert som pneumoni");
    }
}
