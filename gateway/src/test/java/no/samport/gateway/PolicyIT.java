package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.FindingCount;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;

/**
 * The task-sharing rules in the pipeline, with the test municipality's layer
 * (src/test/resources/policy/it/nidvik-kommune-it.yaml): findings never block, an explicit reject answers the sender,
 * re-routing follows the decision, and an unanswered obligation raises an alarm that clears when the answer arrives.
 */
class PolicyIT extends GatewayIT {

    private long findings(String senderOrgHerId, String ruleId) {
        return store.findingCounts(java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(60)).stream()
                .filter(c -> senderOrgHerId.equals(c.senderOrgHerId()) && ruleId.equals(c.ruleId()))
                .mapToLong(FindingCount::count).sum();
    }

    @Test
    void aFindingIsStoredWithTheDecisionAndCountedForTheSenderWhileTheMessageIsDelivered() {
        long before = findings("8300100", "K-IT-HASTEGRAD");
        DemoMessage foresporsel = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");

        drop("nidvik-hjemmetjeneste", "policy-funn-" + foresporsel.msgId() + ".xml", foresporsel.bytes());

        StoredMessage delivered = awaitStatus(foresporsel.msgId(), MessageStatus.DELIVERED);
        assertThat(findings("8300100", "K-IT-HASTEGRAD")).isEqualTo(before + 1);
        assertThat(store.decision(delivered.trackingId()).orElseThrow().path()).containsExactly("K-IT-HASTEGRAD");
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = http.getForObject("/api/messages/" + delivered.trackingId() + "/policy", Map.class);
        assertThat(decision.get("version").toString()).contains("nidvik-kommune-it");
        assertThat((List<Object>) decision.get("rules")).anySatisfy(rule -> {
            Map<?, ?> r = (Map<?, ?>) rule;
            assertThat(r.get("ruleId")).isEqualTo("K-IT-HASTEGRAD");
            assertThat(r.get("fired")).isEqualTo(true);
            assertThat(r.get("inputs")).isEqualTo(Map.of("requestType", List.of("4"), "urgency", List.of()));
        });
        assertThat(store.history(delivered.trackingId())).filteredOn(e -> "policy".equals(e.stage()))
                .singleElement().satisfies(e -> assertThat(e.detail())
                        .contains("samport-default 2026.1 > nidvik-kommune-it 2026.1").contains("K-IT-HASTEGRAD (flag)"));
    }

    @Test
    void aRuleThatRejectsStopsTheMessageAndAnswersTheSenderWithItsCodeAndReason() {
        DemoMessage toContactUnit = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml")
                .replace("<Id>8300201</Id>", "<Id>8300390</Id>");

        drop("nidvik-hjemmetjeneste", "policy-avvist-" + toContactUnit.msgId() + ".xml", toContactUnit.bytes());

        StoredMessage rejected = awaitStatus(toContactUnit.msgId(), MessageStatus.REJECTED);
        assertThat(rejected.errorCode()).isEqualTo("E21");
        assertThat(rejected.errorText()).startsWith("Nidvik legevakt tar ikke imot dialogmeldinger");
        StoredMessage receipt = store.find(await().atMost(PATIENCE).until(
                () -> store.find(rejected.trackingId()).orElseThrow().receiptTrackingId(), Objects::nonNull)).orElseThrow();
        String appRec = read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + receipt.msgId()));
        assertThat(appRec).contains("<Status V=\"2\"").contains("V=\"E21\"");
        assertThat(statuses(rejected.trackingId())).doesNotContain(MessageStatus.QUEUED, MessageStatus.SENT);
    }

    @Test
    void reRoutingSendsTheMessageToTheNewReceiverThroughItsEndpoint() {
        DemoMessage toClosedOffice = demo("02-helsefaglig-dialog-hjemmetjenesten-til-bakkegata-legekontor.xml")
                .replace("<Id>8300301</Id>", "<Id>8300330</Id>");

        drop("nidvik-hjemmetjeneste", "policy-omruting-" + toClosedOffice.msgId() + ".xml", toClosedOffice.bytes());

        Path arrived = awaitFile("lade-legesenter", "out", toClosedOffice.msgId());
        assertThat(read(arrived)).contains("<Id>8300200</Id>").doesNotContain("<Id>8300330</Id>");
        StoredMessage message = store.findByMsgId(toClosedOffice.msgId()).get(0);
        assertThat(message.destinationEndpoint()).isEqualTo("lade-legesenter");
        assertThat(message.receiverHerId()).isEqualTo("8300200");
        assertThat(store.history(message.trackingId())).extracting(StatusEvent::detail)
                .anySatisfy(d -> assertThat(d).contains("re-routed by K-IT-SENTRUM-NEDLAGT to Lade legesenter"));
    }

    @Test
    void anUnansweredObligationRaisesAnAlarmThatIsClearedWhenTheAnswerArrives() {
        double raisedBefore = metric("samport.policy.alarms.raised");
        DemoMessage question = demo("02-helsefaglig-dialog-hjemmetjenesten-til-bakkegata-legekontor.xml")
                .replace("<Id>8300301</Id>", "<Id>8300302</Id>");

        drop("nidvik-hjemmetjeneste", "policy-frist-" + question.msgId() + ".xml", question.bytes());

        StoredMessage sent = awaitStatus(question.msgId(), MessageStatus.SENT);
        DeadlineState alarm = awaitDeadline(sent, DeadlineState.ALARM);
        assertThat(alarm.ruleId()).isEqualTo("K-IT-SVARFRIST");
        assertThat(read(awaitAlarmNotice("alarm-raised-K-IT-SVARFRIST-" + alarm.id())))
                .contains("\"trackingId\":\"" + sent.trackingId() + "\"").doesNotContain("04075640094");
        assertThat(metric("samport.policy.alarms.raised")).isGreaterThan(raisedBefore);
        assertThat(store.history(sent.trackingId())).extracting(StatusEvent::detail)
                .anySatisfy(d -> assertThat(d).startsWith("ALARM (rule K-IT-SVARFRIST)"));

        DemoMessage answer = demo("08-svar-fra-lade-legesenter.xml")
                .replace("6f1d2a8e-4b7c-4e0a-9d3f-0c1b2a3d4e01", question.msgId())
                .replace("<Id>8300200</Id>", "<Id>8300300</Id>").replace("<Id>8300201</Id>", "<Id>8300302</Id>");
        drop("bakkegata-legekontor", "policy-svar-" + answer.msgId() + ".xml", answer.bytes());

        DeadlineState cleared = awaitDeadline(sent, DeadlineState.CLEARED);
        assertThat(cleared.metAt()).isAfter(cleared.dueAt());
        assertThat(read(awaitAlarmNotice("alarm-cleared-K-IT-SVARFRIST-" + alarm.id()))).contains("alarm-cleared");
    }

    @Test
    void anObligationMetByDeliveryIsMetWhenTheReceiversAppRecArrives() {
        DemoMessage dialog = demo("02-helsefaglig-dialog-hjemmetjenesten-til-bakkegata-legekontor.xml");
        drop("nidvik-hjemmetjeneste", "policy-levert-" + dialog.msgId() + ".xml", dialog.bytes());
        StoredMessage sent = awaitStatus(dialog.msgId(), MessageStatus.SENT);
        assertThat(store.deadlines(sent.trackingId())).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("K-IT-LEVERINGSFRIST");
            assertThat(d.status()).isEqualTo(DeadlineState.OPEN);
        });

        DemoMessage appRec = demo("03-apprec-fra-bakkegata-legekontor.xml")
                .answering(dialog.msgId(), "3c9e7b52-1a44-4f6d-8e21-5b0a9c8d7e02");
        drop("bakkegata-legekontor", "apprec-" + appRec.msgId() + ".xml", appRec.bytes());

        DeadlineState met = awaitDeadline(sent, DeadlineState.MET);
        assertThat(met.metAt()).isBefore(met.dueAt());
        assertThat(store.history(sent.trackingId())).extracting(StatusEvent::detail)
                .anySatisfy(d -> assertThat(d).startsWith("deadline met (rule K-IT-LEVERINGSFRIST)"));
    }

    private double metric(String name) {
        Map<?, ?> metric = http.getForObject("/actuator/metrics/" + name, Map.class);
        if (metric == null || metric.get("measurements") == null) {
            return 0;
        }
        return ((List<?>) metric.get("measurements")).stream().map(m -> ((Map<?, ?>) m).get("value"))
                .mapToDouble(v -> ((Number) v).doubleValue()).sum();
    }
}
