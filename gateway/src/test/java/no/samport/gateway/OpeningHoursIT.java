package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * GL-13 (GP-LISTS.md §9): the record of a 02:00 phone advice to home nursing reaches the patient's GP office when it
 * opens (Solsiden legekontor, "Mon-Fri 08:00-15:30"); an urgent message goes at once. The application's clock is
 * moved to a Tuesday night, then to the opening.
 */
class OpeningHoursIT extends GatewayIT {

    private static final String NIGHT_ADVICE = "kith/dialogmelding/1.1/nattlig-telefonrad-til-fastlege.xml";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant TUESDAY_NIGHT = LocalDateTime.parse("2026-03-10T02:24").atZone(OSLO).toInstant();
    private static final Instant TUESDAY_OPENING = LocalDateTime.parse("2026-03-10T08:00").atZone(OSLO).toInstant();

    @Autowired
    private MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private void send(DemoMessage message) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        http.postForEntity("/api/messages?endpoint=nidvik-hjemmetjeneste", new HttpEntity<>(message.bytes(), headers),
                String.class);
    }

    private StoredMessage sentAtNightAndHeld(DemoMessage advice) {
        clock.moveTo(TUESDAY_NIGHT);
        send(advice);
        return awaitStatus(advice.msgId(), MessageStatus.HELD);
    }

    private List<MessageStatus> history(StoredMessage message) {
        return store.history(message.trackingId()).stream().map(StatusEvent::status).toList();
    }

    @Test
    void aNightNotatWaitsVisiblyForTheGpOfficeToOpenAndIsDeliveredAtTheOpening() {
        DemoMessage advice = DemoMessage.fixture(NIGHT_ADVICE);
        StoredMessage held = sentAtNightAndHeld(advice);

        Map<?, ?> view = http.getForObject("/api/messages/" + held.trackingId(), Map.class);
        assertThat(view.get("history").toString())
                .contains("held until 2026-03-10 08:00 +01:00 (outside the office's opening hours)");
        assertThat(http.getForObject("/api/messages?status=HELD", List.class).toString())
                .contains(held.trackingId().toString());
        // it stays held through several rechecks (every 200 ms in the ITs) while the office is closed
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                store.find(held.trackingId()).orElseThrow().status() == MessageStatus.HELD
                        && find(folder("solsiden-legekontor", "out"), advice.msgId()).isEmpty());

        clock.moveTo(TUESDAY_OPENING);

        StoredMessage delivered = awaitStatus(advice.msgId(), MessageStatus.DELIVERED);
        assertThat(read(awaitFile("solsiden-legekontor", "out", advice.msgId())))
                .contains("Telefonråd fra legevakt kl. 02.00");
        assertThat(history(delivered)).containsSubsequence(MessageStatus.QUEUED, MessageStatus.HELD,
                MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(store.history(delivered.trackingId()).stream().map(StatusEvent::detail)
                .filter(detail -> String.valueOf(detail).contains("held until")).count()).isEqualTo(1);
    }

    @Test
    void aDeadlineThatFallsWhileTheMessageIsHeldRaisesItsAlarmAndIsClearedAtDelivery() {
        // the IT rule K-IT-SOLSIDEN-LEVERINGSFRIST: a notat to Kari Solberg is delivered within two seconds
        DemoMessage advice = DemoMessage.fixture(NIGHT_ADVICE);
        StoredMessage held = sentAtNightAndHeld(advice);

        assertThat(awaitDeadline(held, DeadlineState.ALARM).obligation())
                .isEqualTo("Kari Solberg's office receives the notat");
        assertThat(store.find(held.trackingId()).orElseThrow().status()).isEqualTo(MessageStatus.HELD);
        clock.moveTo(TUESDAY_OPENING);
        awaitStatus(advice.msgId(), MessageStatus.DELIVERED);
        awaitDeadline(held, DeadlineState.CLEARED);
    }

    @Test
    void anUrgentMessageAtNightIsDeliveredAtOnce() {
        clock.moveTo(TUESDAY_NIGHT);
        DemoMessage urgent = DemoMessage.fixture(NIGHT_ADVICE)
                .replace("<RequestedPriority V=\"N\" DN=\"Normal\"/>", "<RequestedPriority V=\"H\" DN=\"Haster\"/>");

        send(urgent);

        StoredMessage delivered = awaitStatus(urgent.msgId(), MessageStatus.DELIVERED);
        assertThat(read(awaitFile("solsiden-legekontor", "out", urgent.msgId()))).contains("RequestedPriority V=\"H\"");
        assertThat(history(delivered)).doesNotContain(MessageStatus.HELD);
    }
}
