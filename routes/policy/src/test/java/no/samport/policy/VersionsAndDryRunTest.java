package no.samport.policy;

import static no.samport.policy.DefaultRuleCases.FLYKTNING;
import static no.samport.policy.DefaultRuleCases.HJEM_DAGEN_ETTER;
import static no.samport.policy.DefaultRuleCases.MOTE_TRE_UKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule-set versions come in force on their dates; a dry run can pin any version and compare with the national rules. */
class VersionsAndDryRunTest {

    private static DryRun dryRun(String message, String at, Map<String, String> pinned, boolean compare) {
        return PolicyFixtures.local().dryRun(PolicyFixtures.message(message), Instant.parse(at), pinned, compare);
    }

    @Test
    void theMunicipalityVersionInForceIsChosenByTheDate() {
        Decision march = dryRun(FLYKTNING, "2026-03-10T12:00:00Z", Map.of(), false).decision();
        Decision july = dryRun(FLYKTNING, "2026-07-01T12:00:00Z", Map.of(), false).decision();

        assertThat(march.version().label()).endsWith("grimstad-kommune 2026.1");
        assertThat(march.reroute().orElseThrow().effect()).isEqualTo(new Effect.Rerouted("8140040", "the unit for role migrasjonslege"));
        assertThat(july.version().label()).endsWith("grimstad-kommune 2026.2");
        assertThat(july.reroute().orElseThrow().effect()).isEqualTo(new Effect.Rerouted("8140041", "the unit for role migrasjonslege"));
    }

    @Test
    void beforeItsFirstVersionTakesEffectAMunicipalityLayerIsNotApplied() {
        EffectivePolicy december = PolicyFixtures.local().inForce(Instant.parse("2025-12-15T12:00:00Z"));

        assertThat(december.version().label()).isEqualTo("samport-default 2026.1 > region-sorkyst 2025.1");
        assertThat(december.notes()).containsExactly(
                "grimstad-kommune: no adopted version is in force on 2025-12-15; layer not applied");
    }

    @Test
    void aVersionOnHearingIsNeverInForceButADryRunCanPinIt() {
        Decision inForce = dryRun(HJEM_DAGEN_ETTER, "2027-02-01T12:00:00Z", Map.of(), false).decision();
        Decision pinned = dryRun(HJEM_DAGEN_ETTER, "2027-02-01T12:00:00Z", Map.of("grimstad-kommune", "2027.1"), false)
                .decision();

        assertThat(inForce.version().label()).endsWith("grimstad-kommune 2026.2");
        assertThat(inForce.path()).contains("T02");
        assertThat(pinned.version().layers().get(2).status()).isEqualTo("hearing");
        assertThat(pinned.result("T02")).isEmpty();
    }

    @Test
    void aDryRunShowsWhatTheLocalLayersChangeForAMessage() {
        DryRun refugee = dryRun(FLYKTNING, "2026-03-10T12:00:00Z", Map.of(), true);
        DryRun meeting = dryRun(MOTE_TRE_UKER, "2026-03-10T12:00:00Z", Map.of(), true);

        assertThat(refugee.nationalOnly().version().label()).isEqualTo("samport-default 2026.1");
        assertThat(refugee.differences()).containsExactly("T18 changes: not applied: no unit fills the role "
                + "migrasjonslege here (add it under 'units' in the municipality's rule set) -> re-route to HER-id 8140040 "
                + "(the unit for role migrasjonslege)");
        assertThat(meeting.differences()).containsExactly("NFA-7.5 fires only with the local rules: finding: the GP is "
                + "invited to a meeting at shorter notice than minNotice; an urgent meeting is arranged by phone");
    }

    @Test
    void aDryRunWithoutComparisonReportsNoDifferences() {
        DryRun run = dryRun(FLYKTNING, "2026-03-10T12:00:00Z", Map.of(), false);

        assertThat(run.nationalOnly()).isNull();
        assertThat(run.differences()).isEmpty();
    }

    @Test
    void pinningAVersionThatDoesNotExistNamesTheVersionsThereAre() {
        assertThatThrownBy(() -> dryRun(FLYKTNING, "2026-03-10T12:00:00Z", Map.of("grimstad-kommune", "2025.9"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("grimstad-kommune has no version 2025.9; it has [2026.1, 2026.2, 2027.1]");
    }
}
