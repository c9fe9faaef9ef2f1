package no.samport.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.samport.kith.KithCodec;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.testfixtures.SharedReferences;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The epikrise rules on epikriser that arrive as KITH XML, decoded by the real KITH codec and judged by the real
 * engine: the rules KITH carries the information for fire where they should and not where they must not; the rules it
 * does not carry it for say so (not checkable) instead of passing the epikrise as compliant; no rule fails to evaluate.
 */
class KithEpikriseRulesTest {

    private static final String LUNGEBETENNELSE = "kith/epikrise/1.2/epikrise-lungebetennelse-til-fastlege.xml";
    private static final String HJERTESVIKT_1_1 = "kith/epikrise/1.1/epikrise-hjertesvikt-til-fastlege.xml";
    private static final Path DEMO = Path.of("../../docs/demo/07-epikrise-korttidsavdelingen-til-lade-legesenter.xml");

    static Stream<DefaultRuleCases.Case> cases() {
        return KithEpikriseRuleCases.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachEpikriseRuleJudgesAKithEpikrise(DefaultRuleCases.Case c) {
        RuleCaseAssertions.check(c);
    }

    static Stream<Arguments> notCheckable() {
        return KithEpikriseRuleCases.NOT_CHECKABLE.stream().flatMap(rule -> Stream.of(KithEpikriseRuleCases.SYKEHJEM,
                KithEpikriseRuleCases.HJEM_DAGEN_ETTER, KithEpikriseRuleCases.TIL_SYKEHJEMMET)
                .map(fixture -> Arguments.of(rule, fixture)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("notCheckable")
    void aRuleAboutTasksForTheGpIsNotCheckableOnAKithEpikriseAndSaysWhy(String rule, String fixture) {
        RuleResult result = decide(PolicyFixtures.national(), PolicyFixtures.message(fixture)).result(rule).orElseThrow();

        assertThat(result.fired()).isFalse();
        assertThat(result.effect()).isNull();
        assertThat(result.note()).startsWith("not checkable on this message: a KITH epikrise ")
                .endsWith("is not in the message");
    }

    @Test
    void aProposalSwitchedOnLocallyIsNotCheckableOnAKithEpikriseEither() {
        RuleResult t08 = decide(PolicyFixtures.local(), PolicyFixtures.message(KithEpikriseRuleCases.SYKEHJEM))
                .result("T08").orElseThrow();

        assertThat(t08.note()).contains("blood sampling by home care is not in the message");
    }

    @Test
    void theSameRulesJudgeAnEpikriseThatArrivesAsFhir() {
        Decision decision = decide(PolicyFixtures.national(), PolicyFixtures.message(DefaultRuleCases.SYKEHUSETS_OPPGAVER));

        assertThat(decision.rules()).filteredOn(r -> KithEpikriseRuleCases.NOT_CHECKABLE.contains(r.ruleId()))
                .hasSize(KithEpikriseRuleCases.NOT_CHECKABLE.size()).allSatisfy(r -> assertThat(r.note()).isNull());
        assertThat(decision.path()).contains("NFA-2.5.1", "NFA-8");
    }

    @Test
    void eachKithEpikriseGetsExactlyTheRulePathItsScenarioDescribes() throws Exception {
        Map<String, Bundle> messages = new LinkedHashMap<>();
        Stream.of(KithEpikriseRuleCases.SYKEHJEM, KithEpikriseRuleCases.HJEM_DAGEN_ETTER,
                KithEpikriseRuleCases.TIL_SYKEHJEMMET, LUNGEBETENNELSE, HJERTESVIKT_1_1)
                .forEach(fixture -> messages.put(fixture, PolicyFixtures.message(fixture)));
        messages.put("docs/demo/07", decode(Files.readAllBytes(DEMO)));
        Map<String, List<String>> expected = Map.of(
                KithEpikriseRuleCases.SYKEHJEM, List.of("NFA-2.1.2b", "NFA-2.3.2.1"),
                KithEpikriseRuleCases.HJEM_DAGEN_ETTER, List.of("NFA-2.1.2a", "NFA-2.1.3", "NFA-2.1.4", "NFA-2.3.2.1",
                        "NFA-2.3.3.2"),
                KithEpikriseRuleCases.TIL_SYKEHJEMMET, List.of("NFA-2.1.2b"),
                LUNGEBETENNELSE, List.of("NFA-2.3.2.1"),
                // sent the day after discharge, without an account of the stay (no 8311 FO)
                HJERTESVIKT_1_1, List.of("NFA-2.1.2a", "NFA-2.1.4", "NFA-2.3.2.1"),
                "docs/demo/07", List.of("NFA-2.3.2.1"));

        messages.forEach((name, message) -> assertThat(decide(PolicyFixtures.national(), message).path()).as(name)
                .isEqualTo(expected.get(name)));
    }

    @Test
    void noRuleFailsToEvaluateOnAnyKithEpikriseNotEvenTheOfficialExampleWithoutMsgHead() throws Exception {
        List<Bundle> messages = Stream.of(KithEpikriseRuleCases.SYKEHJEM, KithEpikriseRuleCases.HJEM_DAGEN_ETTER,
                KithEpikriseRuleCases.TIL_SYKEHJEMMET, LUNGEBETENNELSE, HJERTESVIKT_1_1).map(PolicyFixtures::message)
                .toList();
        Bundle official = decode(Files.readAllBytes(SharedReferences.assumeExample("epikrise-1.2-ny.xml")));

        Stream.concat(messages.stream(), Stream.of(official)).forEach(message -> assertThat(
                decide(PolicyFixtures.local(), message).rules()).allSatisfy(r -> assertThat(r.note())
                .as(r.ruleId()).satisfiesAnyOf(note -> assertThat(note).isNull(),
                        note -> assertThat(note).startsWith("not checkable on this message"))));
    }

    private static Decision decide(TaskSharingPolicy policy, Bundle message) {
        return policy.decide(message, PolicyFixtures.MARCH_10);
    }

    private static Bundle decode(byte[] kith) throws MessageRejectedException {
        return new KithCodec().decode(kith).bundle();
    }
}
