package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.ListedPatient;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The README's GP-list walkthrough with the files in docs/demo/gp-lists, in the demo's Nidvik (5099). The demo
 * patient's fødselsnummer is replaced by a fresh one, so that the other tests' messages about her still go to Lade.
 */
class GpListsDemoIT extends GatewayIT {

    private static final Path GP_DEMO = DEMO.resolve("gp-lists");
    private static final String DEMO_PATIENT = "04075640094";

    private static String demoFile(String name) throws IOException {
        return Files.readString(GP_DEMO.resolve(name), StandardCharsets.UTF_8);
    }

    private ResponseEntity<String> post(String path, String body, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void theGpListWalkthroughWorksAsTheReadmeSays() throws IOException {
        ListedPatient astrid = GpTestData.person("5099");

        ResponseEntity<String> contracts = post("/api/directory/gp-changes/import?source=kommune",
                demoFile("01-fastlegeavtaler.ndjson"), "application/x-ndjson");
        assertThat(contracts.getBody()).contains("\"APPLIED\":2");

        String move = demoFile("02-astrid-nilsen-bytter-til-bakkegata.json").replace(DEMO_PATIENT, astrid.nin());
        assertThat(GpTestData.outcome(post("/api/directory/gp-changes", move, "application/fhir+json")))
                .isEqualTo("applied");
        assertThat(GpTestData.outcome(post("/api/directory/gp-changes", move, "application/fhir+json")))
                .isEqualTo("duplicate");

        DemoMessage question = DemoMessage.read(GP_DEMO.resolve("04-foresporsel-til-pasientens-fastlege.xml"))
                .replace(DEMO_PATIENT, astrid.nin());
        drop("nidvik-hjemmetjeneste", question.msgId() + ".xml", question.bytes());
        StoredMessage sent = awaitStatus(question.msgId(), MessageStatus.SENT);
        assertThat(sent.destinationEndpoint()).isEqualTo("bakkegata-legekontor");
        assertThat(store.history(sent.trackingId()).stream().map(StatusEvent::detail))
                .anyMatch(d -> d.contains("contract NIDVIK-023") && d.contains("fastlege Ola Berg")
                        && d.contains("[fastlege]"));
        assertThat(read(awaitFile("bakkegata-legekontor", "out", question.msgId()))).contains("<Id>8300301</Id>");

        ResponseEntity<String> waiting = post("/api/directory/waiting-list/import?source=kommune",
                demoFile("03-venteliste.csv"), "text/csv");
        assertThat(waiting.getBody()).contains("\"APPLIED\":3");
        List<?> offered = http.getForObject("/api/directory/gp-outbox", List.class);
        assertThat(offered.stream().map(d -> String.valueOf(((Map<?, ?>) d).get("kind"))))
                .contains("gp-places-offered");

        Map<?, ?> nidvik = (Map<?, ?>) http.getForObject("/api/directory/gp-statistics?municipality=5099", List.class)
                .get(0);
        assertThat(nidvik.get("contracts")).isEqualTo(2);
        assertThat(nidvik.get("listed")).isEqualTo(1);
        assertThat(nidvik.get("freePlaces")).isEqualTo(2);
        assertThat(nidvik.get("waitingMunicipal")).isEqualTo(3);

        String pasientliste = http.getForObject("/api/directory/gp-contracts/NIDVIK-023/pasientliste", String.class);
        assertThat(pasientliste).contains("<Antall>1</Antall>").contains(astrid.nin());
    }
}
