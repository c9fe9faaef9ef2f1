package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.ListedPatient;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * GP-LISTS.md GL-11: Trondheim's intermunicipal legevakt serves Melhus, Malvik and Midtre Gauldal in the evening, at
 * night, at weekends and on public holidays, and only Trondheim on weekdays in the daytime (000_a508f49ec9d7047b.txt:
 * 514-517). The IT layer's rule K-IT-LEGEVAKT-DAGTID flags a daytime contact outside the catchment; the note reaches
 * the patient's GP in Melhus either way.
 */
class IntermunicipalLegevaktIT extends GatewayIT {

    private static final String RULE = "K-IT-LEGEVAKT-DAGTID";
    private static final GpOffice MELHUS = new GpOffice("974760797", "8300510", "Melhus legesenter", "5028");
    private static final String FIXTURE_PATIENT = "21037940159";

    private ListedPatient melhusResidentOnTheMelhusGpsList() {
        ListedPatient person = GpTestData.person("5028");
        GpListings.listed(http, person, MELHUS, GpListings.LONG_AGO, GpListings.doctor("9100511", "Marit Gaulstad",
                "8300511", DoctorRelationship.LPFL, GpListings.LONG_AGO, null));
        return person;
    }

    private StoredMessage send(String scenario, ListedPatient person) {
        DemoMessage note = DemoMessage.fixture(scenario).replace(FIXTURE_PATIENT, person.nin());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        http.postForEntity("/api/messages?endpoint=nidvik-hjemmetjeneste", new HttpEntity<>(note.bytes(), headers),
                String.class);
        return awaitStatus(note.msgId(), MessageStatus.DELIVERED);
    }

    @SuppressWarnings("unchecked")
    private Map<?, ?> judged(StoredMessage message) {
        Map<String, Object> decision = http.getForObject("/api/messages/" + message.trackingId() + "/policy", Map.class);
        return (Map<?, ?>) ((List<Object>) decision.get("rules")).stream()
                .filter(rule -> RULE.equals(((Map<?, ?>) rule).get("ruleId"))).findFirst().orElseThrow();
    }

    private String history(StoredMessage message) {
        return String.join("\n", store.history(message.trackingId()).stream().map(StatusEvent::detail).toList());
    }

    @Test
    void aMelhusResidentSeenOnATuesdayEveningReachesTheGpInMelhusWithoutAFinding() {
        ListedPatient person = melhusResidentOnTheMelhusGpsList();

        StoredMessage note = send("kith/dialogmelding/1.1/legevaktnotat-melhus-tirsdag-kveld.xml", person);

        assertThat(note.senderHerId()).isEqualTo("8350390");
        assertThat(note.receiverHerId()).isEqualTo("8300511");
        assertThat(note.destinationEndpoint()).isEqualTo("melhus-legesenter");
        assertThat(judged(note).get("fired")).isEqualTo(false);
        assertThat(store.decision(note.trackingId()).orElseThrow().path()).doesNotContain(RULE);
        assertThat(read(awaitFile("melhus-legesenter", "out", note.msgId()))).contains("<Id>8300511</Id>")
                .contains("Sutur 5 sting");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMelhusResidentSeenOnAWeekdayMorningIsFlaggedAndTheNoteStillReachesTheGpInMelhus() {
        ListedPatient person = melhusResidentOnTheMelhusGpsList();

        StoredMessage note = send("kith/dialogmelding/1.1/legevaktnotat-melhus-hverdag-formiddag.xml", person);

        assertThat(note.destinationEndpoint()).isEqualTo("melhus-legesenter");
        Map<?, ?> rule = judged(note);
        assertThat(rule.get("fired")).isEqualTo(true);
        assertThat((Map<Object, Object>) rule.get("inputs")).containsEntry("homeMunicipality", List.of("5028"))
                .containsEntry("fromLegevakt", List.of("true"));
        assertThat(store.decision(note.trackingId()).orElseThrow().path()).contains(RULE);
        assertThat(history(note)).contains(RULE + " (flag)").doesNotContain(person.nin());
        assertThat(read(awaitFile("melhus-legesenter", "out", note.msgId()))).contains("Centor 4");
    }
}
