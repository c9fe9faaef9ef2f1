package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import no.samport.pipeline.Queues;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GL-26 (samarbeidsavtale 4.2: "Epikrise (-kopi) sendes elektronisk til fastlege og alle som er involverte i
 * behandlingen"): the short-term unit sends its epikrise to the patient's GP and, as KITH practice has it, one message
 * of its own (own MsgId, own MsgHead receiver) to each care-team member. One member's folder is blocked: that copy is
 * retried with backoff, then FAILED with an alarm notice and a metric, and delivered after reprocessing; the GP's and
 * home care's copies go through meanwhile.
 */
class EpikriseFanOutIT extends GatewayIT {

    private static final String EPIKRISE = "07-epikrise-korttidsavdelingen-til-lade-legesenter.xml";
    private static final String PATIENT_FNR = "17064840177";
    private static final Set<MessageStatus> THROUGH = Set.of(MessageStatus.SENT, MessageStatus.DELIVERED);

    @Value("${samport.broker.max-delivery-attempts}")
    int maxDeliveryAttempts;

    /** The demo epikrise with its MsgHead receiver replaced by a care-team member (a municipal unit). */
    static DemoMessage copyTo(String unitName, String unitHerId) {
        DemoMessage epikrise = demo(EPIKRISE);
        String receiver = """
                <Receiver>
                      <Organisation>
                        <OrganisationName>Nidvik kommune</OrganisationName>
                        <Ident>
                          <Id>8300100</Id>
                          <TypeId V="HER" DN="HER-id" S="2.16.578.1.12.4.1.1.9051"/>
                        </Ident>
                        <Organisation>
                          <OrganisationName>%s</OrganisationName>
                          <Ident>
                            <Id>%s</Id>
                            <TypeId V="HER" DN="HER-id" S="2.16.578.1.12.4.1.1.9051"/>
                          </Ident>
                        </Organisation>
                      </Organisation>
                    </Receiver>""".formatted(unitName, unitHerId);
        String xml = epikrise.xml().replaceFirst("(?s)<Receiver>.*?</Receiver>", receiver);
        return epikrise.replace(epikrise.xml(), xml);
    }

    private StoredMessage awaitThrough(DemoMessage message) {
        return await().atMost(PATIENCE).until(() -> store.findByMsgId(message.msgId()).stream()
                .filter(m -> !m.createdBySamport()).filter(m -> THROUGH.contains(m.status())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    @Test
    void oneCareTeamMembersFailingFolderIsRetriedThenFailedWithAnAlarmWhileTheOtherCopiesAreDelivered()
            throws IOException {
        Path blockedOut = folder("nidvik-rehabilitering", "out");
        Files.createDirectories(blockedOut.getParent());
        Files.writeString(blockedOut, "not a folder");
        DemoMessage toGp = demo(EPIKRISE);
        DemoMessage toHomeCare = copyTo("Hjemmetjenesten sentrum", "8300101");
        DemoMessage toRehabilitation = copyTo("Hverdagsrehabiliteringen", "8300130");

        for (DemoMessage message : new DemoMessage[] {toRehabilitation, toGp, toHomeCare}) {
            drop("nidvik-hjemmetjeneste", "epikrise-" + message.msgId() + ".xml", message.bytes());
        }

        assertThat(awaitThrough(toGp).destinationEndpoint()).isEqualTo("lade-legesenter");
        assertThat(read(awaitFile("lade-legesenter", "out", toGp.msgId()))).contains("<Id>8300201</Id>");
        assertThat(awaitThrough(toHomeCare).receiverHerId()).isEqualTo("8300101");
        assertThat(read(awaitFile("nidvik-hjemmetjeneste", "out", toHomeCare.msgId())))
                .contains("Hjemmetjenesten sentrum");

        StoredMessage failed = awaitStatus(toRehabilitation.msgId(), MessageStatus.FAILED);
        assertThat(failed.failedQueue()).isEqualTo(Queues.deliver("nidvik-rehabilitering"));
        assertThat(store.history(failed.trackingId()).stream().map(StatusEvent::detail))
                .filteredOn(d -> d.startsWith("delivery attempt")).hasSize(maxDeliveryAttempts);
        String alarm = read(awaitAlarmNotice("message-failed-" + failed.trackingId()));
        assertThat(alarm).contains("\"event\":\"message-failed\"").contains(toRehabilitation.msgId())
                .contains("samport.deliver.nidvik-rehabilitering").contains("/reprocess")
                .doesNotContain(PATIENT_FNR);
        Map<?, ?> metric = http.getForObject("/actuator/metrics/samport.messages.failed?tag=queue:"
                + Queues.deliver("nidvik-rehabilitering"), Map.class);
        assertThat(String.valueOf(metric.get("measurements"))).matches(".*COUNT, value=[1-9].*");

        Files.delete(blockedOut);
        ResponseEntity<Map> reprocessed = http.postForEntity("/api/messages/" + failed.trackingId() + "/reprocess",
                null, Map.class);
        assertThat(reprocessed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(awaitFile("nidvik-rehabilitering", "out", toRehabilitation.msgId())))
                .contains("Hverdagsrehabiliteringen").contains("Hansen, Per");
        assertThat(awaitThrough(toRehabilitation).receiverHerId()).isEqualTo("8300130");
    }
}
