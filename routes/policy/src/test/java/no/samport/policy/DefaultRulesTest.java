package no.samport.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the national default, on realistic messages: a case where it fires and one where it must not, each
 * asserting the effect, the rule's place in the decision's path and the inputs it read (see {@link DefaultRuleCases}).
 */
class DefaultRulesTest {

    static Stream<DefaultRuleCases.Case> cases() {
        return DefaultRuleCases.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachDefaultRuleJudgesItsMessages(DefaultRuleCases.Case c) {
        RuleCaseAssertions.check(c);
    }

    @Test
    void everyDefaultRuleHasACaseWhereItFiresAndOneWhereItMustNot() {
        Set<String> rules = PolicyFixtures.national().library().layers().get(0).versions().stream()
                .flatMap(v -> v.rules().stream()).map(r -> r.id()).collect(Collectors.toSet());
        Map<Boolean, Set<String>> covered = DefaultRuleCases.ALL.stream().collect(Collectors.partitioningBy(
                DefaultRuleCases.Case::fires, Collectors.mapping(DefaultRuleCases.Case::rule, Collectors.toSet())));

        assertThat(covered.get(true)).as("rules with a case where they fire").containsAll(rules);
        assertThat(covered.get(false)).as("rules with a case where they must not fire").containsAll(rules);
    }

    @Test
    void eachMessageGetsExactlyTheRulePathItsScenarioDescribes() {
        Map<String, List<String>> expected = Map.of(
                "policy/epikrise/utskrevet-til-sykehjem-samme-dag.json", List.of("NFA-2.1.2b", "NFA-2.3.2.1"),
                "policy/epikrise/utskrevet-hjem-med-hjemmesykepleie-dagen-etter.json", List.of("NFA-2.1.2a",
                        "NFA-2.1.2b", "NFA-2.1.3", "NFA-2.1.4", "NFA-2.1.5", "NFA-2.3.2.1", "NFA-2.3.3.2", "T02"),
                "policy/epikrise/ber-fastlegen-om-sykehusets-oppgaver.json", List.of("NFA-2.2.5", "NFA-2.3.2.1",
                        "NFA-2.3.3.3", "NFA-2.4.1-2", "NFA-2.5.1", "NFA-3.2", "NFA-5.2", "NFA-8"),
                "policy/epikrise/usikker-indikasjon-og-avtalte-oppgaver-til-fastlegen.json",
                List.of("NFA-2.3.2.1", "NFA-5.3"),
                "policy/dialogmelding/innkalling-til-ansvarsgruppemote-om-ti-dager.json", List.of("NFA-7.5"),
                "policy/dialogmelding/innkalling-til-ansvarsgruppemote-om-tre-uker.json", List.of(),
                "kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml", List.of("T10"));

        expected.forEach((message, path) -> assertThat(PolicyFixtures.national()
                .decide(PolicyFixtures.message(message), PolicyFixtures.MARCH_10).path()).as(message).isEqualTo(path));
    }
}
