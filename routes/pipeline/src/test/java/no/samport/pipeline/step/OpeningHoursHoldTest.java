package no.samport.pipeline.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samport.pipeline.endpoint.Endpoint;
import no.samport.pipeline.endpoint.OpeningHours;
import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.EndpointSettings;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.MessageHeader;
import org.junit.jupiter.api.Test;

class OpeningHoursHoldTest {

    private static final Instant TUESDAY_0200 = oslo("2026-03-10T02:00");
    private static final Instant TUESDAY_0800 = oslo("2026-03-10T08:00");
    private final OpeningHoursHold hold = new OpeningHoursHold(new Urgency(Set.of("H")), Duration.ofMinutes(15));

    private static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OpeningHours.OSLO).toInstant();
    }

    private static Endpoint office(String openingHours) {
        return new Endpoint(new EndpointSettings("solsiden-legekontor", "file", null, null), null, true, Set.of(),
                StandardCharsets.UTF_8, Optional.ofNullable(openingHours)
                        .map(text -> OpeningHours.parse(text, List.of(), OpeningHours.OSLO)));
    }

    private static StoredMessage message(MessageKind kind) {
        return new StoredMessage(UUID.randomUUID(), kind, false, "nidvik-hjemmetjeneste", "solsiden-legekontor",
                MessageStatus.QUEUED, "dialogmelding-1.1", "m-1", "DIALOG_NOTAT", "8300101", "8301301", "m-1", null,
                null, null, null, 1000, "x.xml", null, Instant.EPOCH, Instant.EPOCH);
    }

    private static Bundle notat(String requestedPriority, String hastegrad) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.MESSAGE);
        MessageHeader header = new MessageHeader();
        if (requestedPriority != null) {
            header.addExtension(Urgency.REQUESTED_PRIORITY, new Coding(null, requestedPriority, null));
        }
        Communication communication = new Communication();
        if (hastegrad != null) {
            communication.addExtension(Urgency.HASTEGRAD, new Coding(null, hastegrad, null));
        }
        bundle.addEntry().setResource(header);
        bundle.addEntry().setResource(communication);
        return bundle;
    }

    @Test
    void aNormalNightMessageForAnOfficeWithOpeningHoursIsHeldUntilItOpens() {
        assertThat(hold.heldUntil(office("Mon-Fri 08:00-15:30"), message(MessageKind.MESSAGE), notat("N", null),
                TUESDAY_0200)).contains(TUESDAY_0800);
    }

    @Test
    void anOfficeWithoutOpeningHoursGetsEveryMessageAtOnce() {
        assertThat(hold.heldUntil(office(null), message(MessageKind.MESSAGE), notat("N", null), TUESDAY_0200)).isEmpty();
    }

    @Test
    void anUrgentRequestedPriorityOrHastegradGoesAtOnce() {
        Endpoint office = office("Mon-Fri 08:00-15:30");

        assertThat(hold.heldUntil(office, message(MessageKind.MESSAGE), notat("H", null), TUESDAY_0200)).isEmpty();
        assertThat(hold.heldUntil(office, message(MessageKind.MESSAGE), notat(null, "H"), TUESDAY_0200)).isEmpty();
    }

    @Test
    void aFhirUrgentCommunicationGoesAtOnce() {
        Bundle bundle = notat(null, null);
        ((Communication) bundle.getEntry().get(1).getResource()).setPriority(Communication.CommunicationPriority.ASAP);

        assertThat(hold.heldUntil(office("Mon-Fri 08:00-15:30"), message(MessageKind.MESSAGE), bundle, TUESDAY_0200))
                .isEmpty();
    }

    @Test
    void anAppRecIsNeverHeld() {
        assertThat(hold.heldUntil(office("Mon-Fri 08:00-15:30"), message(MessageKind.RECEIPT), notat(null, null),
                TUESDAY_0200)).isEmpty();
    }

    @Test
    void aHeldMessageWakesAtTheNextIntervalTickOrAtTheOpeningWhicheverComesFirst() {
        assertThat(hold.wait(TUESDAY_0800, oslo("2026-03-10T02:05"))).isEqualTo(Duration.ofMinutes(10));
        assertThat(hold.wait(TUESDAY_0800, oslo("2026-03-10T07:55"))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theHeldTextGivesTheOpeningInTheOfficesLocalTime() {
        assertThat(OpeningHoursHold.heldText(TUESDAY_0800, office("Mon-Fri 08:00-15:30")))
                .isEqualTo("held until 2026-03-10 08:00 +01:00 (outside the office's opening hours)");
    }
}
