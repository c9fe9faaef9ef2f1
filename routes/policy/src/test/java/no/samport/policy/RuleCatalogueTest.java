package no.samport.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.samport.policy.docs.RuleCatalogue;
import no.samport.policy.rule.Rule;
import org.junit.jupiter.api.Test;

/**
 * docs/policy/rules.md lists every national rule with its source and is generated from the rule files. This test fails
 * when the committed page no longer matches the rules; run it with {@code -Dsamport.docs.write=true} to rewrite it.
 */
class RuleCatalogueTest {

    static final Path PAGE = Path.of("../../docs/policy/rules.md");

    private static String generated() {
        return RuleCatalogue.markdown(PolicyFixtures.national().library().inForce(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void theCommittedRulePageIsGeneratedFromTheCurrentRules() throws IOException {
        String generated = generated();
        if (Boolean.getBoolean("samport.docs.write")) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(PAGE)).as(PAGE + " exists").isTrue();
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/policy/rules.md is stale: regenerate it with mvn -pl routes/policy -am test "
                        + "-Dtest=RuleCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Dsamport.docs.write=true")
                .isEqualTo(generated);
    }

    @Test
    void thePageNamesEveryRuleWithItsSource() {
        String page = generated();

        for (EffectiveRule effective : PolicyFixtures.national().library().inForce(LocalDate.of(2026, 3, 10)).rules()) {
            Rule rule = effective.rule();
            assertThat(page).contains("| [" + rule.id() + "](").contains("### " + rule.id() + "\n");
            rule.sources().forEach(source -> assertThat(page).contains(source.citation()));
        }
        assertThat(page).contains("## Off (2)").contains("| [T08](#t08) | MAY |");
    }
}
