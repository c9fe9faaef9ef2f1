package no.samport.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samport.testfixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samport policy ...}: dry runs on files, the rule list, rule-file checks; no broker, no database. */
class PolicyCommandTest {

    private static final String DEMO_LAYER = "src/main/resources/policy/demo/nidvik-kommune-2026.1.yaml";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(List.of(new PolicyCommand())).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path fixture(String scenario) throws IOException {
        return Files.write(dir.resolve(scenario.substring(scenario.lastIndexOf('/') + 1)), Fixtures.bytes(scenario));
    }

    @Test
    void aDryRunOfAKithMessageShowsThePathTheInputsAndWhatTheMunicipalityChanges() {
        int exit = run("policy", "test", "../docs/demo/01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml",
                "--rules", DEMO_LAYER, "--at", "2026-11-24", "--compare");

        assertThat(exit).isEqualTo(CliCommand.OK);
        assertThat(out()).contains("Rule sets   samport-default 2026.1 > nidvik-kommune 2026.1")
                .contains("Outcome     deliver to the receiver as addressed (1 finding(s) for the sender")
                .contains("1. SAMPORT-SVARFRIST SHOULD deadline 2026-11-26T11:00:00Z")
                .contains("2. K-NIDVIK-HASTEGRAD SHOULD finding: a forespørsel about medication does not say how urgent")
                .contains("inputs  requestType=[4]  urgency=[]")
                .contains("- SAMPORT-SVARFRIST fires only with the local rules")
                .contains("Nothing was sent.")
                .doesNotContain("04075640094");
    }

    @Test
    void aDryRunOfAFhirEpikriseUsesTheVersionsInForceOnTheDayGiven() throws IOException {
        Path epikrise = fixture("policy/epikrise/utskrevet-hjem-med-hjemmesykepleie-dagen-etter.json");

        int exit = run("policy", "test", epikrise.toString(), "--at", "2026-03-04");

        assertThat(exit).isEqualTo(CliCommand.OK);
        assertThat(out()).contains("Rule sets   samport-default 2026.1 (at 2026-03-04T11:00:00Z)")
                .contains("NFA-2.1.2b   MUST   deadline 2026-03-03T22:59:59Z")
                .contains("inputs  dischargeDate=[2026-03-03T11:15:00+01:00]  dischargedTo=[home]  admOutcome=[]  "
                        + "municipalCare=[true]  careUnitsAddressed=[]");
    }

    @Test
    void aDryRunOfTheDemoKithEpikriseNamesTheRulesThatCannotJudgeIt() {
        int exit = run("policy", "test", "../docs/demo/07-epikrise-korttidsavdelingen-til-lade-legesenter.xml",
                "--rules", DEMO_LAYER, "--at", "2026-11-24");

        assertThat(exit).isEqualTo(CliCommand.OK);
        assertThat(out()).contains("1. NFA-2.3.2.1  SHOULD Task lib-samstemming for fastlege")
                .contains("Not judged: NFA-2.5.1: not checkable on this message: a KITH epikrise gives sick leave as text")
                .doesNotContain("could not be evaluated").doesNotContain("17064840177");
    }

    @Test
    void theExitCodeSaysWhenTheRulesWouldRejectTheMessage() throws IOException {
        Path layer = Files.writeString(dir.resolve("avviser.yaml"), """
                rule-set: test-kommune
                version: "1"
                layer: municipality
                extends: samport-default
                effective-from: 2020-01-01
                rules:
                  - id: K-TEST-AVVIS
                    title: Rejects every forespørsel, to test the exit code
                    source: test
                    evidence: rule
                    modality: MUST
                    message-types: [DIALOG_FORESPORSEL]
                    when: "true"
                    outcome:
                      reject: {code: X99, reason: test}
                """);

        int exit = run("policy", "test", "../docs/demo/01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml",
                "--rules", layer.toString(), "--json");

        assertThat(exit).isEqualTo(CliCommand.FINDINGS);
        assertThat(out()).startsWith("{\"version\":").contains("\"ruleId\":\"K-TEST-AVVIS\"").contains("\"type\":\"reject\"");
    }

    @Test
    void checkReportsEveryProblemWithFileLineAndReason() {
        int exit = run("policy", "check", "--rules", "../routes/policy/src/test/resources/policy/broken/unknown-role.yaml");

        assertThat(exit).isEqualTo(CliCommand.FINDINGS);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown-role.yaml:15: unknown role 'sekretaer' in route")
                .contains("unknown-role.yaml:21: rule K-UNKNOWN-ROLE-CONDITION: unknown role 'lege' in hasRole()");
    }

    @Test
    void rulesListsTheRulesInForceAndOffWithTheirSources() {
        assertThat(run("policy", "rules", "--rules", DEMO_LAYER)).isEqualTo(CliCommand.OK);

        assertThat(out()).contains("In force (22):").contains("Off (1):").contains("K-NIDVIK-HASTEGRAD")
                .contains("source 001_a566af941c37529c.txt:7886-7890")
                .contains("changed: nidvik-kommune 2026.1: switch-on SAMPORT-SVARFRIST");
    }

    @Test
    void aMissingFileOrAWrongArgumentIsAUsageError() {
        List<Integer> exits = new ArrayList<>();
        exits.add(run("policy", "test", dir.resolve("finnes-ikke.xml").toString()));
        exits.add(run("policy", "test"));
        exits.add(run("policy", "test", "x.xml", "--at", "i morgen"));
        exits.add(run("policy", "fly"));

        assertThat(exits).containsOnly(CliCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no such file")
                .contains("policy test needs the message file").contains("'i morgen' is not a date");
    }
}
