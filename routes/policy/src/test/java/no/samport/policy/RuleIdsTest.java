package no.samport.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import no.samport.policy.load.LayerFiles;
import no.samport.policy.rule.Rule;
import no.samport.policy.rule.RuleSet;
import org.junit.jupiter.api.Test;

/** Rule ids identify a rule in decisions, findings and reports: each is unique and readable. */
class RuleIdsTest {

    @Test
    void everyRuleIdIsUniqueWithinEachRuleSetVersionAndAcrossLayers() {
        List<LayerFiles> layers = PolicyFixtures.local().library().layers();
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (LayerFiles layer : layers) {
            for (RuleSet version : layer.versions()) {
                List<String> ids = version.rules().stream().map(Rule::id).toList();
                assertThat(ids).as(version.label()).doesNotHaveDuplicates();
                for (String id : ids) {
                    String first = owner.putIfAbsent(id, layer.ruleSet());
                    assertThat(first == null || first.equals(layer.ruleSet())).as(id + " in " + first + " and "
                            + layer.ruleSet()).isTrue();
                }
            }
        }
    }

    @Test
    void theNationalRuleIdsAreTheIdsOfTaskSharingMdOrMarkedAsSamportsOwn() {
        Pattern fromTheSources = Pattern.compile("NFA-[0-9.]+[a-z]?(-[0-9])?|T[0-9]{2}|K-[A-Z-]+|R-[0-9.]+|SAMPORT-[A-Z-]+");

        PolicyFixtures.national().library().layers().get(0).versions().forEach(version -> version.rules()
                .forEach(rule -> assertThat(rule.id()).matches(fromTheSources)));
    }
}
