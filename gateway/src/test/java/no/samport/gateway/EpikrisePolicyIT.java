package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;

/**
 * Epikriser in KITH XML through the whole pipeline and the national task-sharing rules: the demo epikrise gets its
 * reconciliation Task and says which rules cannot judge it; an epikrise to a GP on the day a patient is discharged to a
 * nursing home carries the same-day obligation, met when it is delivered, and alarmed when the day passes first.
 */
class EpikrisePolicyIT extends GatewayIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String TIL_SYKEHJEM = "kith/epikrise/1.2/utskrevet-til-sykehjem-samme-dag.xml";
    /** The day the fixture's patient is discharged and its epikrise written. */
    private static final String FIXTURE_DAY = "2026-03-03";

    @Test
    void theDemoEpikriseGetsAReconciliationTaskForTheGpAndTheDecisionSaysWhichRulesCannotJudgeIt() {
        DemoMessage epikrise = demo("07-epikrise-korttidsavdelingen-til-lade-legesenter.xml");

        drop("nidvik-hjemmetjeneste", "epikrise-regler-" + epikrise.msgId() + ".xml", epikrise.bytes());

        StoredMessage delivered = awaitStatus(epikrise.msgId(), MessageStatus.DELIVERED);
        assertThat(store.decision(delivered.trackingId()).orElseThrow().path()).containsExactly("NFA-2.3.2.1");
        Map<?, ?> rules = rulesById(delivered);
        assertThat(rule(rules, "NFA-2.3.2.1").get("inputs")).isEqualTo(Map.of("medicationCount", List.of("1"),
                "patientsGp", List.of(), "receiverIsGp", List.of("true")));
        assertThat(rule(rules, "NFA-2.1.4").get("inputs")).isEqualTo(Map.of(
                "sections", List.of("diagnoser", "legemidler", "sammendrag", "plan"), "missing", List.of()));
        assertThat(rule(rules, "NFA-2.5.1").get("fired")).isEqualTo(false);
        assertThat((String) rule(rules, "NFA-2.5.1").get("note")).startsWith("not checkable on this message: a KITH");
        assertThat(store.deadlines(delivered.trackingId())).isEmpty();
    }

    @Test
    void anEpikriseDeliveredOnTheDayOfDischargeToANursingHomeMeetsTheSameDayObligation() {
        LocalDate today = LocalDate.now(OSLO);
        DemoMessage epikrise = toGp(DemoMessage.fixture(TIL_SYKEHJEM), "8300200", "8300201", today);

        drop("nidvik-hjemmetjeneste", "epikrise-sykehjem-" + epikrise.msgId() + ".xml", epikrise.bytes());

        StoredMessage delivered = awaitStatus(epikrise.msgId(), MessageStatus.DELIVERED);
        assertThat(store.decision(delivered.trackingId()).orElseThrow().path())
                .containsExactly("NFA-2.1.2b", "NFA-2.3.2.1");
        Map<?, ?> sameDay = rule(rulesById(delivered), "NFA-2.1.2b");
        assertThat(((Map<?, ?>) sameDay.get("inputs")).get("admOutcome")).isEqualTo(List.of("35"));
        assertThat(((Map<?, ?>) sameDay.get("inputs")).get("careUnitsAddressed")).isEqualTo(List.of());
        DeadlineState met = awaitDeadline(delivered, DeadlineState.MET);
        assertThat(met.ruleId()).isEqualTo("NFA-2.1.2b");
        assertThat(met.dueAt()).isEqualTo(today.atTime(LocalTime.of(23, 59, 59)).atZone(OSLO).toInstant());
        assertThat(met.metAt()).isBefore(met.dueAt());
    }

    @Test
    void whenTheDayOfDischargePassesBeforeTheGpsReceiptTheAlarmIsRaisedAndClearedByTheReceipt() {
        LocalDate yesterday = LocalDate.now(OSLO).minusDays(1);
        DemoMessage epikrise = toGp(DemoMessage.fixture(TIL_SYKEHJEM), "8300300", "8300301", yesterday);

        drop("nidvik-hjemmetjeneste", "epikrise-sen-" + epikrise.msgId() + ".xml", epikrise.bytes());

        StoredMessage sent = awaitStatus(epikrise.msgId(), MessageStatus.SENT);
        DeadlineState alarm = awaitDeadline(sent, DeadlineState.ALARM);
        assertThat(alarm.ruleId()).isEqualTo("NFA-2.1.2b");
        assertThat(alarm.dueAt()).isEqualTo(yesterday.atTime(LocalTime.of(23, 59, 59)).atZone(OSLO).toInstant());
        assertThat(read(awaitAlarmNotice("alarm-raised-NFA-2.1.2b-" + alarm.id())))
                .contains("\"msgId\":\"" + epikrise.msgId() + "\"").contains("\"receiverHerId\":\"8300301\"")
                .doesNotContain("14093740190");
        assertThat(store.history(sent.trackingId())).extracting(StatusEvent::detail)
                .anySatisfy(d -> assertThat(d).startsWith("ALARM (rule NFA-2.1.2b)"));

        DemoMessage appRec = demo("03-apprec-fra-bakkegata-legekontor.xml")
                .answering(epikrise.msgId(), "3c9e7b52-1a44-4f6d-8e21-5b0a9c8d7e02");
        drop("bakkegata-legekontor", "apprec-" + appRec.msgId() + ".xml", appRec.bytes());

        DeadlineState cleared = awaitDeadline(sent, DeadlineState.CLEARED);
        assertThat(cleared.metAt()).isAfter(cleared.dueAt());
    }

    /** The fixture readdressed to a GP of the test directory, discharged and written on {@code day}. */
    private static DemoMessage toGp(DemoMessage fixture, String officeHerId, String gpHerId, LocalDate day) {
        return fixture.replace("8140105", officeHerId).replace("8140116", gpHerId)
                .replace(FIXTURE_DAY, day.toString());
    }

    private Map<?, ?> rulesById(StoredMessage message) {
        Map<?, ?> decision = http.getForObject("/api/messages/" + message.trackingId() + "/policy", Map.class);
        return ((List<?>) decision.get("rules")).stream().map(r -> (Map<?, ?>) r)
                .collect(java.util.stream.Collectors.toMap(r -> r.get("ruleId"), r -> r));
    }

    private static Map<?, ?> rule(Map<?, ?> rules, String id) {
        return (Map<?, ?>) rules.get(id);
    }
}
