package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.ListedPatient;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * GL-23 (samarbeidsavtale 2.1.1: "Fastlege får epikrise ... med mindre pasienten motsetter seg det"): the patient has
 * objected to epikriser going to their GP. The short-term unit's epikrise to the GP is not delivered — the sender is
 * told why, the status history names the objection, the objection's audit trail records it — while the copy to home
 * care is delivered, a dialogue message to the GP is outside the objection's scope, and once the objection is
 * withdrawn the next epikrise reaches the GP.
 */
class PatientObjectionIT extends GatewayIT {

    private static final String EPIKRISE = "07-epikrise-korttidsavdelingen-til-lade-legesenter.xml";
    private static final String DEMO_EPIKRISE_PATIENT = "17064840177";

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private StoredMessage send(DemoMessage message) {
        drop("nidvik-hjemmetjeneste", "epikrise-" + message.msgId() + ".xml", message.bytes());
        return awaitOutcome(message.msgId());
    }

    private List<String> history(StoredMessage message) {
        return store.history(message.trackingId()).stream().map(StatusEvent::detail).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGpsCopyIsSuppressedAndAuditedWhileHomeCareGetsItsCopyUntilTheObjectionIsWithdrawn() throws IOException {
        ListedPatient person = GpTestData.person("5095");
        GpListings.listed(http, person, GpTestData.LADE, GpListings.LONG_AGO, GpListings.doctor("9100201",
                "Ingrid Fjell", "8300201", DoctorRelationship.LPFL, GpListings.LONG_AGO, null));
        ResponseEntity<Map> registered = http.postForEntity("/api/objections", json("""
                {"patient": "%s", "messageTypes": ["EPIKRISE"],
                 "source": "pasienten muntlig til Nidvik helsehus, korttidsavdelingen, ved innleggelse",
                 "reason": "ønsker ikke at fastlegen får epikrisen fra dette oppholdet"}
                """.formatted(person.nin())), Map.class);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long objection = ((Number) registered.getBody().get("id")).longValue();
        assertThat(registered.getBody().get("patient")).as("the number masked to the birth date")
                .isEqualTo(person.nin().substring(0, 6) + "*****");

        StoredMessage toGp = send(demo(EPIKRISE).replace(DEMO_EPIKRISE_PATIENT, person.nin()));
        StoredMessage toHomeCare = send(EpikriseFanOutIT.copyTo("Hjemmetjenesten sentrum", "8300101")
                .replace(DEMO_EPIKRISE_PATIENT, person.nin()));
        StoredMessage dialogue = send(demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml")
                .replace("04075640094", person.nin()));

        assertThat(toGp.status()).isEqualTo(MessageStatus.REJECTED);
        assertThat(toGp.errorCode()).isEqualTo("X99");
        assertThat(toGp.errorText()).contains("pasienten har motsatt seg at EPIKRISE sendes til fastlegen")
                .contains("reservasjon nr. " + objection).doesNotContain("ønsker ikke").doesNotContain(person.nin());
        assertThat(history(toGp)).anyMatch(d -> d.contains("reservasjon nr. " + objection));
        assertThat(find(folder("lade-legesenter", "out"), toGp.msgId())).isEmpty();
        assertThat(toHomeCare.status()).isNotEqualTo(MessageStatus.REJECTED);
        assertThat(toHomeCare.receiverHerId()).isEqualTo("8300101");
        assertThat(dialogue.status()).isNotEqualTo(MessageStatus.REJECTED);
        assertThat(dialogue.destinationEndpoint()).isEqualTo("lade-legesenter");

        List<Map<String, Object>> audit = http.getForObject("/api/objections/" + objection + "/audit", List.class);
        assertThat(audit).extracting(a -> a.get("action")).containsExactly("registered", "suppressed");
        assertThat(audit.get(1)).containsEntry("trackingId", toGp.trackingId().toString());

        assertThat(http.postForEntity("/api/objections/" + objection + "/withdraw", null, Map.class).getBody())
                .containsEntry("inForce", false);
        StoredMessage afterWithdrawal = send(demo(EPIKRISE).replace(DEMO_EPIKRISE_PATIENT, person.nin()));
        assertThat(afterWithdrawal.status()).isNotEqualTo(MessageStatus.REJECTED);
        assertThat(read(awaitFile("lade-legesenter", "out", afterWithdrawal.msgId()))).contains("<Id>8300201</Id>");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anObjectionNeedsAValidNumberAScopeASourceAndAReasonAndIsFoundByThePatientsNumberInTheBody() {
        ResponseEntity<Map> badNumber = http.postForEntity("/api/objections", json("""
                {"patient": "17064840178", "messageTypes": ["EPIKRISE"], "source": "s", "reason": "r"}"""), Map.class);
        ResponseEntity<Map> noScope = http.postForEntity("/api/objections", json("""
                {"patient": "17064840177", "messageTypes": [], "source": "s", "reason": "r"}"""), Map.class);
        assertThat(badNumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noScope.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ListedPatient person = GpTestData.person("5095");
        http.postForEntity("/api/objections", json("""
                {"patient": "%s", "messageTypes": ["EPIKRISE"], "source": "brev fra pasienten", "reason": "r"}
                """.formatted(person.nin())), Map.class);
        List<Map<String, Object>> found = http.postForObject("/api/objections/search",
                json("{\"patient\": \"" + person.nin() + "\"}"), List.class);
        assertThat(found).singleElement().satisfies(o -> assertThat(o).containsEntry("source", "brev fra pasienten")
                .containsEntry("inForce", true));
    }
}
