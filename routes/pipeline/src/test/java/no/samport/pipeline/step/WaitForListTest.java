package no.samport.pipeline.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samport.pipeline.store.PatientsGpWaits;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class WaitForListTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String NIN = "15039044053";

    private final InMemoryWaits waits = new InMemoryWaits();
    private final WaitForList hold = new WaitForList(new UnlistedHold(Duration.ofDays(30), Set.of("DIALOG_NOTAT")),
            waits, Clock.fixed(NOW, ZoneOffset.UTC));
    private final UUID id = UUID.randomUUID();

    private static Bundle aboutPatient(String nin) {
        Bundle bundle = new Bundle();
        Patient patient = new Patient();
        if (nin != null) {
            patient.addIdentifier().setSystem(Systems.FNR).setValue(nin);
        }
        bundle.addEntry().setResource(patient);
        return bundle;
    }

    private static PatientsGpResolver.Decision onNoList(boolean onNoList) {
        return new PatientsGpResolver.Decision(Optional.empty(), null,
                "addressed to HER-id 8300999, which means the patient's GP: on 2026-11-20 the patient is on no GP list",
                onNoList);
    }

    @Test
    void aNoteForAPatientOnNoListWaitsThirtyDaysForThatPatient() {
        assertThat(hold.held(id, aboutPatient(NIN), "DIALOG_NOTAT", onNoList(true), "resolve")).isTrue();

        assertThat(waits.find(id)).contains(new PatientsGpWaits.Wait(id, NOW, NOW.plus(Duration.ofDays(30)), false));
        assertThat(waits.patients).containsEntry(id, NIN);
        assertThat(waits.notes.get(0)).contains("on no GP list: waiting for the patient to be placed on a GP list,"
                + " until 2026-12-20T12:00:00Z");
    }

    @Test
    void aPatientWithAListOrAMessageTypeThatDoesNotWaitGoesOnNow() {
        assertThat(hold.held(id, aboutPatient(NIN), "DIALOG_NOTAT", onNoList(false), "resolve")).isFalse();
        assertThat(hold.held(id, aboutPatient(NIN), "DIALOG_FORESPORSEL", onNoList(true), "resolve")).isFalse();
        assertThat(hold.held(id, aboutPatient(null), "DIALOG_NOTAT", onNoList(true), "resolve")).isFalse();
        assertThat(waits.waits).isEmpty();
    }

    @Test
    void aMessageResolvedAgainBeforeTheListingStartsWaitsOnUntilItsFirstDeadline() {
        Instant earlier = NOW.minus(Duration.ofDays(10));
        waits.waits.put(id, new PatientsGpWaits.Wait(id, earlier, earlier.plus(Duration.ofDays(30)), false));

        assertThat(hold.held(id, aboutPatient(NIN), "DIALOG_NOTAT", onNoList(true), "resolve")).isTrue();

        assertThat(waits.notes.get(0)).contains("until " + earlier.plus(Duration.ofDays(30)));
    }

    @Test
    void aMessageWhoseWaitRanOutIsNotHeldAgain() {
        Instant earlier = NOW.minus(Duration.ofDays(31));
        waits.waits.put(id, new PatientsGpWaits.Wait(id, earlier, earlier.plus(Duration.ofDays(30)), true));

        assertThat(hold.held(id, aboutPatient(NIN), "DIALOG_NOTAT", onNoList(true), "resolve")).isFalse();
    }
}
