package no.samport.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A rule file that cannot be used fails at load, with every problem's file, line and reason. */
class RuleLoadingTest {

    private static final String BROKEN = "src/test/resources/policy/broken/";

    private static List<LoadProblem> problems(String file) {
        ThrowingCallable load = () -> TaskSharingPolicy.load(PolicyFixtures.paths(), List.of(BROKEN + file));
        assertThatThrownBy(load).isInstanceOf(PolicyLoadException.class);
        try {
            load.call();
            throw new AssertionError("loaded");
        } catch (PolicyLoadException e) {
            return e.problems();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static LoadProblem at(String file, int line, String reason) {
        return new LoadProblem(BROKEN + file, line, reason);
    }

    @Test
    void aFileThatIsNotValidYamlFailsWithTheLineWhereParsingStopped() {
        assertThat(problems("unparsable.yaml")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(BROKEN + "unparsable.yaml");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.reason()).startsWith("not valid YAML");
        });
    }

    @Test
    void anUnknownRoleFailsWhetherAnOutcomeOrAConditionNamesIt() {
        List<LoadProblem> problems = problems("unknown-role.yaml");

        assertThat(problems).extracting(LoadProblem::line).containsExactly(15, 21);
        assertThat(problems.get(0).reason()).startsWith("unknown role 'sekretaer' in route");
        assertThat(problems.get(1).reason()).startsWith("rule K-UNKNOWN-ROLE-CONDITION: unknown role 'lege' in hasRole()");
    }

    @Test
    void aFhirPathThatDoesNotParseOrNamesAnElementFhirDoesNotHaveFails() {
        List<LoadProblem> problems = problems("invalid-fhirpath.yaml");

        assertThat(problems).extracting(LoadProblem::line).containsExactly(12, 22);
        assertThat(problems.get(0).reason()).startsWith("rule K-DOES-NOT-PARSE: FHIRPath does not parse");
        assertThat(problems.get(1).reason()).startsWith("rule K-UNKNOWN-ELEMENT, input 'urgency'")
                .contains("The name 'priority' is not valid").contains("MessageHeader");
    }

    @Test
    void aNotCheckableConditionNeedsAReasonAndAnExpressionThatFitsTheMessageBundle() {
        List<LoadProblem> problems = problems("not-checkable-without-reason.yaml");

        assertThat(problems).extracting(LoadProblem::line).containsExactly(18, 30);
        assertThat(problems.get(0).reason()).isEqualTo("not-checkable of rule K-NO-REASON has no 'reason'");
        assertThat(problems.get(1).reason()).startsWith("rule K-NOT-CHECKABLE-TYPO, not-checkable: ")
                .contains("sectionz");
    }

    @Test
    void aMisspeltKeyIsNamedWithTheKeysThereAre() {
        assertThat(problems("typo.yaml")).containsExactly(
                at("typo.yaml", 11, "unknown key 'modalty' in a rule; known keys: actor, enabled, evidence, id, inputs, "
                        + "message-types, modality, not-checkable, note, outcome, overridable, parameters, quote, source, "
                        + "title, when"),
                at("typo.yaml", 7, "rule K-TYPO has no 'modality'"));
    }

    @Test
    void aRuleIdIsDefinedOnceAcrossTheLayers() {
        assertThat(problems("duplicate-ids.yaml")).containsExactly(
                at("duplicate-ids.yaml", 16, "rule id K-TWICE is used twice in broken-kommune 1"),
                at("duplicate-ids.yaml", 25, "rule id NFA-2.1.3 is already a rule of samport-default: change it with "
                        + "'override', or give the new rule its own id"));
    }

    @Test
    void aLocalLayerCannotRelaxARuleMarkedNotOverridableNorChangeRulesOrParametersThatDoNotExist() {
        assertThat(problems("relaxes-a-must.yaml")).containsExactly(
                at("relaxes-a-must.yaml", 7, "NFA-2.1.2b is marked overridable: false (001_a566af941c37529c.txt:7886-7890):"
                        + " a region or municipality cannot switch it off"),
                at("relaxes-a-must.yaml", 10, "override names NFA-9.9, which is not a rule of the layers above broken-kommune"),
                at("relaxes-a-must.yaml", 13, "parameter 'minNotice' of NFA-7.5 is a Quantity; the override gives a string"));
    }

    @Test
    void everyLocalChangeCitesTheDecisionBehindIt() {
        assertThat(problems("override-without-decision.yaml")).containsExactly(
                at("override-without-decision.yaml", 7, "override of NFA-7.5 cites no decision (body, date, reference)"));
    }

    @Test
    void aRuleThatRestsOnAProposalCannotSwitchItselfOn() {
        assertThat(problems("adopts-a-proposal-as-if-in-force.yaml")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("rests on a proposal (evidence proposed): it is off by default"));
    }

    @Test
    void theMessageOfTheFailureListsEachProblemOnItsOwnLine() {
        ThrowingCallable load = () -> TaskSharingPolicy.load(PolicyFixtures.paths(), List.of(BROKEN + "unknown-role.yaml"));

        assertThatThrownBy(load).hasMessageStartingWith("2 problem(s) in the task-sharing rule files:\n  "
                + BROKEN + "unknown-role.yaml:15: unknown role 'sekretaer'");
    }
}
