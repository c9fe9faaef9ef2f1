package no.samport.policy;

import static no.samport.policy.DefaultRuleCases.HJEM_DAGEN_ETTER;
import static no.samport.policy.DefaultRuleCases.MOTE_TRE_UKER;
import static no.samport.policy.DefaultRuleCases.SYKEHUSETS_OPPGAVER;
import static org.assertj.core.api.Assertions.assertThat;

import no.samport.policy.rule.Modality;
import org.junit.jupiter.api.Test;

/**
 * What a municipality (and a region) can do in configuration only: switch a rule off, override it, add its own, name
 * the units that fill roles. The test layers are src/test/resources/policy/region-sorkyst and .../grimstad-kommune.
 */
class LocalLayersTest {

    private static final String TIL_LEGEVAKTEN = "policy/dialogmelding/notat-til-legevaktens-kontaktenhet.json";

    private static Decision national(String message) {
        return PolicyFixtures.national().decide(PolicyFixtures.message(message), PolicyFixtures.MARCH_10);
    }

    private static Decision local(String message) {
        return PolicyFixtures.local().decide(PolicyFixtures.message(message), PolicyFixtures.MARCH_10);
    }

    @Test
    void aMunicipalitySwitchesARuleOffCitingItsDecision() {
        assertThat(national(HJEM_DAGEN_ETTER).path()).contains("NFA-2.1.2a");

        assertThat(local(HJEM_DAGEN_ETTER).result("NFA-2.1.2a")).isEmpty();
        EffectiveRule rule = PolicyFixtures.local().inForce(PolicyFixtures.MARCH_10).rule("NFA-2.1.2a").orElseThrow();
        assertThat(rule.inForce()).isFalse();
        assertThat(rule.changes()).containsExactly("grimstad-kommune 2026.1: switch-off NFA-2.1.2a "
                + "(Grimstad kommune, LSU 2025-12-04 (sak 31/25))");
    }

    @Test
    void aMunicipalityOverridesAThresholdAndTheModality() {
        assertThat(national(MOTE_TRE_UKER).path()).doesNotContain("NFA-7.5");

        RuleResult meeting = local(MOTE_TRE_UKER).result("NFA-7.5").orElseThrow();

        assertThat(meeting.fired()).isTrue();
        assertThat(meeting.modality()).isEqualTo(Modality.MUST);
        assertThat(meeting.effect()).isInstanceOf(Effect.Finding.class);
    }

    @Test
    void aMunicipalityAddsARuleOfItsOwnThatRejects() {
        assertThat(national(TIL_LEGEVAKTEN).rejection()).isEmpty();

        Decision decision = local(TIL_LEGEVAKTEN);

        RuleResult rejection = decision.rejection().orElseThrow();
        assertThat(rejection.ruleId()).isEqualTo("K-GRIMSTAD-LEGEVAKT-KONTAKTENHET");
        assertThat(rejection.ruleSet()).isEqualTo("grimstad-kommune 2026.1");
        assertThat(rejection.inputs()).containsEntry("addressedTo", java.util.List.of("8140400"));
        assertThat((Effect.Rejected) rejection.effect()).isEqualTo(new Effect.Rejected("E21", "Grimstad interkommunale "
                + "legevakt tar ikke imot dialogmeldinger; send til pasientens fastlege eller til Grimstad kommune (HER-id 8140001)"));
    }

    @Test
    void aRegionRecordsAnAgreedTransferSoThatItIsNoLongerAFinding() {
        assertThat(national(SYKEHUSETS_OPPGAVER).path()).contains("NFA-8");

        RuleResult transfer = local(SYKEHUSETS_OPPGAVER).result("NFA-8").orElseThrow();

        assertThat(transfer.fired()).isFalse();
        assertThat(transfer.inputs()).containsEntry("unagreed", java.util.List.of());
        assertThat(PolicyFixtures.local().inForce(PolicyFixtures.MARCH_10).rule("NFA-8").orElseThrow().changes())
                .singleElement().asString().startsWith("region-sorkyst 2025.1: override NFA-8: parameters agreedTasks");
    }

    @Test
    void everyDecisionRecordsTheRuleSetVersionsItWasMadeWith() {
        assertThat(national(HJEM_DAGEN_ETTER).version().label()).isEqualTo("samport-default 2026.1");
        assertThat(local(HJEM_DAGEN_ETTER).version().label())
                .isEqualTo("samport-default 2026.1 > region-sorkyst 2025.1 > grimstad-kommune 2026.1");
    }
}
