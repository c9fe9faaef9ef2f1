package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * GL-24 and GL-25 (GP-LISTS.md §9, samarbeidsavtale 6.2.1-6.2.2): a GP office that takes epikriser but no
 * dialogmelding yet. The home care's forespørsel is refused with an AppRec (T10) that tells the sender whom to call:
 * the office's "Hvis det haster" number from the directory, else the PKO list's number for its hospital area; with
 * neither, the sender is told so and a data-quality finding is stored and counted.
 */
class GpOfficeWithoutDialogmeldingIT extends GatewayIT {

    private DemoMessage foresporselTo(String officeHerId, String officeName, String doctorHerId) {
        return demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml")
                .replace("<Id>8300200</Id>", "<Id>" + officeHerId + "</Id>")
                .replace("<Id>8300201</Id>", "<Id>" + doctorHerId + "</Id>")
                .replace("Lade legesenter", officeName);
    }

    private StoredMessage refused(DemoMessage message) {
        drop("nidvik-hjemmetjeneste", message.msgId() + ".xml", message.bytes());
        return awaitStatus(message.msgId(), MessageStatus.REJECTED);
    }

    private String receiptFor(StoredMessage rejected) {
        UUID receiptId = Awaitility.await().atMost(PATIENCE)
                .until(() -> store.find(rejected.trackingId()).orElseThrow().receiptTrackingId(), Objects::nonNull);
        String receiptMsgId = store.find(receiptId).orElseThrow().msgId();
        return read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + receiptMsgId));
    }

    private List<String> history(StoredMessage message) {
        return store.history(message.trackingId()).stream().map(StatusEvent::detail).toList();
    }

    @Test
    void theSenderGetsANonDeliveryAppRecWithTheOfficesUrgentNumberFromTheDirectory() {
        // GL-24: addressed to fastlege Siri Holm; the urgent number is the office's
        StoredMessage rejected = refused(foresporselTo("8301000", "Fjellheim legekontor", "8301001"));

        assertThat(rejected.errorCode()).isEqualTo("T10");
        assertThat(rejected.errorText()).contains("tar ikke imot DIALOG_FORESPORSEL")
                .contains("ring +47 75 40 10 00").contains("Adresseregisteret");
        assertThat(receiptFor(rejected)).contains("<Status V=\"2\"").contains("V=\"T10\"")
                .contains("+47 75 40 10 00");
        assertThat(history(rejected)).noneMatch(d -> d.contains("data-quality"));
    }

    @Test
    void withoutAnUrgentNumberTheSenderGetsThePkoListsNumberForTheOfficesHospitalArea() {
        // GL-25, first fallback
        StoredMessage rejected = refused(foresporselTo("8301100", "Storli legekontor", "8301199"));

        assertThat(rejected.errorCode()).isEqualTo("T10");
        assertThat(receiptFor(rejected)).contains("+47 75 40 11 00")
                .contains("PKO-listen for sykehusområde nordvik-sykehusomrade");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withNeitherTheRefusalSaysSoAndADataQualityFindingIsStoredWithTheMessageAndCounted() {
        // GL-25, neither: the sender is still answered, and the gap in the register is reported
        StoredMessage rejected = refused(foresporselTo("8301200", "Åsen legekontor", "8301299"));

        assertThat(rejected.errorCode()).isEqualTo("T10");
        assertThat(receiptFor(rejected)).contains("kjenner ikke noe hastenummer");
        assertThat(history(rejected)).anyMatch(d -> d.startsWith("finding data-quality.no-urgent-contact")
                && d.contains("Åsen legekontor (HER-id 8301200)"));
        List<Map<String, Object>> counts = (List<Map<String, Object>>) http.getForEntity(
                "/api/policy/findings?from=2020-01-01", Map.class).getBody().get("findings");
        assertThat(counts).anySatisfy(row -> {
            assertThat(row).containsEntry("ruleId", "data-quality.no-urgent-contact")
                    .containsEntry("senderOrgHerId", "8300100").containsEntry("modality", "DATA");
            assertThat(((Number) row.get("count")).longValue()).isPositive();
        });
        Map<?, ?> metric = http.getForObject("/actuator/metrics/samport.directory.data-quality.findings"
                + "?tag=rule:data-quality.no-urgent-contact", Map.class);
        assertThat(String.valueOf(metric.get("measurements"))).matches(".*COUNT, value=[1-9].*");
    }
}
