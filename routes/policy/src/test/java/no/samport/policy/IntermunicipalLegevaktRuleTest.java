package no.samport.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samport.kith.KithCodec;
import no.samport.testfixtures.Fixtures;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/**
 * GP-LISTS.md GL-11: Trondheim's intermunicipal legevakt serves the partner municipalities' residents in the evening,
 * at night, at weekends and on public holidays, but on weekdays in the daytime only Trondheim's residents and those
 * staying there (000_a508f49ec9d7047b.txt:514-517). The example layer is src/test/resources/policy/trondheim-kommune.
 */
class IntermunicipalLegevaktRuleTest {

    static final String TRONDHEIM = "src/test/resources/policy/trondheim-kommune";
    static final String RULE = "K-TRONDHEIM-LEGEVAKT-DAGTID";
    static final String TUESDAY_EVENING = "kith/dialogmelding/1.1/legevaktnotat-melhus-tirsdag-kveld.xml";
    static final String WEEKDAY_MORNING = "kith/dialogmelding/1.1/legevaktnotat-melhus-hverdag-formiddag.xml";
    static final String STUDENT_STAYING_IN_TRONDHEIM =
            "kith/dialogmelding/1.1/legevaktnotat-student-fra-melhus-hverdag-formiddag.xml";

    private static Decision decide(Bundle message) {
        return PolicyFixtures.policy(List.of(TRONDHEIM)).decide(message, PolicyFixtures.MARCH_10);
    }

    private static RuleResult judged(Bundle message) {
        return decide(message).result(RULE).orElseThrow();
    }

    private static Bundle onAnotherDay(String scenario, String from, String to) throws Exception {
        String xml = Fixtures.text(scenario).replace(from, to);
        return new KithCodec().decode(xml.getBytes(StandardCharsets.UTF_8)).bundle();
    }

    @Test
    void aMelhusResidentSeenOnATuesdayEveningIsWithinTheIntermunicipalService() {
        Decision decision = decide(PolicyFixtures.message(TUESDAY_EVENING));

        RuleResult rule = decision.result(RULE).orElseThrow();
        assertThat(rule.note()).isNull();
        assertThat(rule.fired()).isFalse();
        assertThat(decision.path()).doesNotContain(RULE);
        assertThat(decision.rejection()).isEmpty();
        assertThat(rule.inputs()).containsEntry("fromLegevakt", List.of("true"))
                .containsEntry("homeMunicipality", List.of("5028"))
                .containsEntry("staysInMunicipality", List.of());
        assertThat(rule.inputs().get("contactAt")).singleElement().asString().startsWith("2026-11-17T19:55:00");
    }

    @Test
    void aMelhusResidentSeenOnAWeekdayMorningIsFlaggedOutsideTheDaytimeCatchment() {
        Decision decision = decide(PolicyFixtures.message(WEEKDAY_MORNING));

        RuleResult rule = decision.result(RULE).orElseThrow();
        assertThat(rule.fired()).isTrue();
        assertThat(decision.path()).contains(RULE);
        assertThat(rule.ruleSet()).isEqualTo("trondheim-kommune 2026.1");
        assertThat(rule.effect()).isInstanceOf(Effect.Finding.class);
        assertThat(rule.effect().describe()).contains("outside the agreement's daytime catchment");
        assertThat(decision.rejection()).as("a finding never blocks delivery").isEmpty();
        assertThat(rule.inputs()).containsEntry("homeMunicipality", List.of("5028"))
                .containsEntry("staysInMunicipality", List.of());
        assertThat(rule.inputs().get("contactAt")).singleElement().asString().startsWith("2026-11-18T10:20:00");
    }

    @Test
    void aStudentFromMelhusWithATemporaryAddressInTrondheimStaysThereAndIsNotFlagged() {
        RuleResult rule = judged(PolicyFixtures.message(STUDENT_STAYING_IN_TRONDHEIM));

        assertThat(rule.fired()).isFalse();
        assertThat(rule.inputs()).containsEntry("staysInMunicipality", List.of("5001"))
                .containsEntry("homeMunicipality", List.of());
    }

    @Test
    void theSameMorningContactOnAPublicHolidayIsWithinTheIntermunicipalService() throws Exception {
        Bundle christmasDay = onAnotherDay(WEEKDAY_MORNING, "2026-11-18T10:20:00", "2026-12-25T10:20:00");

        RuleResult rule = judged(christmasDay);

        assertThat(rule.fired()).isFalse();
        assertThat(rule.inputs().get("contactAt")).singleElement().asString().startsWith("2026-12-25T10:20:00");
    }

    @Test
    void theSameContactAfterTheDaytimeEndsIsWithinTheIntermunicipalService() throws Exception {
        assertThat(judged(onAnotherDay(WEEKDAY_MORNING, "2026-11-18T10:20:00", "2026-11-18T15:59:00")).fired())
                .isTrue();
        assertThat(judged(onAnotherDay(WEEKDAY_MORNING, "2026-11-18T10:20:00", "2026-11-18T16:00:00")).fired())
                .isFalse();
    }

    @Test
    void aNoteFromAnotherSenderIsNotJudgedByTheAgreement() throws Exception {
        Bundle fromAGpOffice = onAnotherDay(WEEKDAY_MORNING, "<Id>8350390</Id>", "<Id>8350391</Id>");

        RuleResult rule = judged(fromAGpOffice);

        assertThat(rule.fired()).isFalse();
        assertThat(rule.inputs()).containsEntry("fromLegevakt", List.of("false"));
    }

    @Test
    void aDryRunShowsTheFindingAsTheMunicipalitysDifferenceFromTheNationalRules() {
        DryRun run = PolicyFixtures.policy(List.of(TRONDHEIM)).dryRun(PolicyFixtures.message(WEEKDAY_MORNING),
                Instant.parse("2026-11-18T12:00:00Z"), Map.of(), true);

        assertThat(run.nationalOnly().result(RULE)).isEmpty();
        assertThat(run.differences()).containsExactly(RULE + " fires only with the local rules: finding: a resident "
                + "of a partner municipality, not staying in Trondheim, was seen at the legevakt on a weekday in the "
                + "daytime, outside the agreement's daytime catchment (a local rule, or switched on locally)");
    }
}
