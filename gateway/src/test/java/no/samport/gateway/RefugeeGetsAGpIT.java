package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.ListedPatient;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GP-LISTS.md GL-12, a refugee gets a GP: the migration health service's arrival check and TB screening, addressed to
 * "the patient's GP" for a newly settled refugee on no list, waits (samport.gp-lists.hold-unlisted-for, P30D for
 * DIALOG_NOTAT in the IT configuration) and reaches the GP whose list the patient is placed on.
 */
class RefugeeGetsAGpIT extends GatewayIT {

    private static final String ARRIVAL_CHECK =
            "kith/dialogmelding/1.0/ankomstundersokelse-flyktning-til-pasientens-fastlege.xml";
    private static final String FIXTURE_PATIENT = "15039044053";

    @Autowired
    private JdbcTemplate jdbc;

    private StoredMessage sendArrivalCheckFor(ListedPatient refugee, DemoMessage note) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        http.postForEntity("/api/messages?endpoint=nidvik-hjemmetjeneste", new HttpEntity<>(note.bytes(), headers),
                String.class);
        return awaitStatus(note.msgId(), MessageStatus.WAITING);
    }

    private String history(StoredMessage message) {
        return String.join("\n", store.history(message.trackingId()).stream().map(StatusEvent::detail).toList());
    }

    @Test
    void theArrivalCheckWaitsForTheRefugeeToBePlacedOnAListAndThenReachesTheNewFastlege() {
        ListedPatient refugee = GpTestData.person("5095");
        DemoMessage note = DemoMessage.fixture(ARRIVAL_CHECK).replace(FIXTURE_PATIENT, refugee.nin());

        StoredMessage waiting = sendArrivalCheckFor(refugee, note);

        assertThat(history(waiting)).contains("addressed to HER-id 8300999, which means the patient's GP")
                .contains("is on no GP list Samport holds")
                .contains("waiting for the patient to be placed on a GP list, until").doesNotContain(refugee.nin());
        List<Map<String, Object>> listed = http.exchange("/api/messages?status=WAITING", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertThat(listed).extracting(m -> m.get("trackingId")).contains(waiting.trackingId().toString());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String contract = GpListings.listed(http, refugee, GpTestData.BAKKEGATA, today,
                GpListings.doctor("9100301", "Ola Berg", "8300301", DoctorRelationship.LPFL, GpListings.LONG_AGO,
                        null));

        StoredMessage delivered = awaitOutcome(note.msgId());
        assertThat(delivered.status()).isIn(MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(delivered.destinationEndpoint()).isEqualTo("bakkegata-legekontor");
        assertThat(delivered.receiverHerId()).isEqualTo("8300301");
        assertThat(history(delivered)).contains("the patient was placed on the list of contract " + contract)
                .contains("[fastlege]").doesNotContain(refugee.nin());
        String file = read(awaitFile("bakkegata-legekontor", "out", note.msgId()));
        assertThat(file).contains("<Id>8300301</Id>").contains("Helsestasjon for flyktninger")
                .contains("Tuberkulosescreening: IGRA negativ").doesNotContain("<Id>8300999</Id>");
    }

    @Test
    void whenTheWaitRunsOutTheArrivalCheckGoesTheWayItWouldHaveWithoutTheHold() {
        ListedPatient refugee = GpTestData.person("5095");
        DemoMessage note = DemoMessage.fixture(ARRIVAL_CHECK).replace(FIXTURE_PATIENT, refugee.nin());
        StoredMessage waiting = sendArrivalCheckFor(refugee, note);

        // the 30 days pass: the wait's end is moved to the past; the scheduled check does the rest
        jdbc.update("update patients_gp_wait set until = now() - interval '1 second' where tracking_id = ?",
                waiting.trackingId());

        StoredMessage rejected = awaitOutcome(note.msgId());
        assertThat(rejected.status()).isEqualTo(MessageStatus.REJECTED);
        assertThat(rejected.errorCode()).isEqualTo("E21");
        assertThat(rejected.errorText()).contains("means the patient's GP").contains("on no GP list");
        assertThat(history(rejected)).contains("the wait for the patient to be placed on a GP list ran out at")
                .doesNotContain(refugee.nin());
        assertThat(store.history(rejected.trackingId()).stream().map(StatusEvent::status).toList()).containsSubsequence(
                MessageStatus.WAITING, MessageStatus.DECODED, MessageStatus.REJECTED);
    }
}
