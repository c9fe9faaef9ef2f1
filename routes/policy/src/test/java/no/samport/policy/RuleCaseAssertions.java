package no.samport.policy;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks one {@link DefaultRuleCases.Case}: evaluated, fired or not, in the path or not, inputs read, effect. */
final class RuleCaseAssertions {

    private RuleCaseAssertions() {
    }

    static void check(DefaultRuleCases.Case c) {
        TaskSharingPolicy policy = c.local() ? PolicyFixtures.local() : PolicyFixtures.national();

        Decision decision = policy.decide(PolicyFixtures.message(c.message()), PolicyFixtures.MARCH_10);

        RuleResult result = decision.result(c.rule()).orElseThrow(() -> new AssertionError(c.rule()
                + " was not evaluated on " + c.message() + "; evaluated: " + decision.rules().stream()
                .map(RuleResult::ruleId).toList()));
        assertThat(result.note()).as("evaluation note").isNull();
        assertThat(result.fired()).as("fired").isEqualTo(c.fires());
        assertThat(decision.path().contains(c.rule())).as("in the rule path " + decision.path()).isEqualTo(c.fires());
        c.inputs().forEach((name, expected) -> {
            assertThat(result.inputs()).as("inputs read").containsKey(name);
            if (expected instanceof Integer count) {
                assertThat(result.inputs().get(name)).as("input " + name).hasSize(count);
            } else {
                assertThat(result.inputs().get(name)).as("input " + name).isEqualTo(expected);
            }
        });
        if (c.fires()) {
            assertThat(result.effect().describe()).as("effect").contains(c.effect());
        } else {
            assertThat(result.effect()).as("effect").isNull();
        }
    }
}
