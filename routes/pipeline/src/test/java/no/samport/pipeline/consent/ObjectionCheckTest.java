package no.samport.pipeline.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GL-23: the patient objects to the epikrise going to the GP; only that copy, only in scope, only while in force. */
class ObjectionCheckTest {

    private static final String PATIENT = "17064840177";
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final String GP = "Ingrid Fjell, fastlege ved Lade legesenter (HER-id 8300201)";

    /** Objections kept in a list, with their audit trail. */
    private static final class ListedObjections implements PatientObjections {
        final List<PatientObjection> objections = new ArrayList<>();
        final List<ObjectionAudit> audit = new ArrayList<>();

        @Override
        public PatientObjection register(String nin, Set<String> types, String source, String reason, Instant at) {
            PatientObjection o = new PatientObjection(objections.size() + 1, nin, types, source, reason, at, null);
            objections.add(0, o);
            return o;
        }

        @Override
        public Optional<PatientObjection> withdraw(long id, Instant at) {
            PatientObjection o = find(id).orElseThrow();
            PatientObjection withdrawn = new PatientObjection(id, o.patientNin(), o.messageTypes(), o.source(),
                    o.reason(), o.registeredAt(), at);
            objections.set(objections.indexOf(o), withdrawn);
            return Optional.of(withdrawn);
        }

        @Override
        public Optional<PatientObjection> find(long id) {
            return objections.stream().filter(o -> o.id() == id).findFirst();
        }

        @Override
        public List<PatientObjection> forPatient(String nin) {
            return objections.stream().filter(o -> o.patientNin().equals(nin)).toList();
        }

        @Override
        public void suppressed(long objectionId, UUID trackingId, String detail, Instant at) {
            audit.add(new ObjectionAudit(objectionId, ObjectionAudit.SUPPRESSED, trackingId, detail, at));
        }

        @Override
        public List<ObjectionAudit> audit(long objectionId) {
            return audit.stream().filter(a -> a.objectionId() == objectionId).toList();
        }
    }

    private final ListedObjections objections = new ListedObjections();
    private final ObjectionCheck check = new ObjectionCheck(objections, Clock.fixed(NOW, ZoneOffset.UTC));

    private PatientObjection objectsToEpikriser(Instant from) {
        return objections.register(PATIENT, Set.of("EPIKRISE"), "pasienten muntlig til korttidsavdelingen",
                "ønsker ikke at fastlegen skal få vite om oppholdet", from);
    }

    @Test
    void anEpikriseToTheGpIsSuppressedAndAuditedWithoutThePatientsReason() {
        PatientObjection objection = objectsToEpikriser(NOW.minusSeconds(3600));
        UUID message = UUID.randomUUID();

        String text = check.suppress(message, PATIENT, "EPIKRISE", GP).orElseThrow();

        assertThat(text).contains("Ikke levert til fastlegen " + GP).contains("reservasjon nr. " + objection.id())
                .contains("kilde: pasienten muntlig til korttidsavdelingen")
                .contains("Andre mottakere får sine meldinger").doesNotContain("ønsker ikke").doesNotContain(PATIENT);
        assertThat(objections.audit(objection.id())).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(ObjectionAudit.SUPPRESSED);
            assertThat(a.trackingId()).isEqualTo(message);
            assertThat(a.detail()).contains("EPIKRISE").contains("8300201");
        });
    }

    @Test
    void aMessageTypeOutsideTheScopeGoesThrough() {
        objectsToEpikriser(NOW.minusSeconds(3600));

        assertThat(check.suppress(UUID.randomUUID(), PATIENT, "DIALOG_HELSEFAGLIG", GP)).isEmpty();
        assertThat(objections.audit).isEmpty();
    }

    @Test
    void anotherPatientsEpikriseGoesThrough() {
        objectsToEpikriser(NOW.minusSeconds(3600));

        assertThat(check.suppress(UUID.randomUUID(), "04075640094", "EPIKRISE", GP)).isEmpty();
    }

    @Test
    void aWithdrawnObjectionStopsNothingAfterItsWithdrawal() {
        PatientObjection objection = objectsToEpikriser(NOW.minusSeconds(7200));
        objections.withdraw(objection.id(), NOW.minusSeconds(60));

        assertThat(check.suppress(UUID.randomUUID(), PATIENT, "EPIKRISE", GP)).isEmpty();
    }

    @Test
    void anObjectionRegisteredAfterTheMomentDoesNotApplyYet() {
        PatientObjection objection = objectsToEpikriser(NOW.plusSeconds(60));

        assertThat(objection.stops("EPIKRISE", NOW)).isFalse();
        assertThat(objection.stops("EPIKRISE", NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void aMessageWithoutAPatientIsNeverSuppressed() {
        objectsToEpikriser(NOW.minusSeconds(3600));

        assertThat(check.suppress(UUID.randomUUID(), null, "EPIKRISE", GP)).isEmpty();
    }
}
