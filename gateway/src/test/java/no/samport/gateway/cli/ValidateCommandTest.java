package no.samport.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.samport.testfixtures.SharedReferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: findings on stdout, exit 0 when Samport accepts the input, 1 when it does not, 2 for usage. */
class ValidateCommandTest {

    private static final String NOTAT = "kith/dialogmelding/1.0/notat-fastlege-til-hjemmetjenesten.xml";

    @TempDir
    Path dir;
    private CommandRunner cli;

    @BeforeEach
    void runner() {
        cli = new CommandRunner(dir);
    }

    @Test
    void a_valid_kith_message_is_valid_with_its_format() {
        CommandRunner.Run run = cli.run("validate", cli.fixture(NOTAT));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("notat-fastlege-til-hjemmetjenesten.xml: valid dialogmelding-1.0 message (0 errors, 0 warnings)");
    }

    @Test
    void deviations_are_warnings_and_errors_with_strict() {
        String quirks = cli.fixture("kith/quirks/padded-her-typeid.xml");

        CommandRunner.Run lenient = cli.run("validate", quirks);
        CommandRunner.Run strict = cli.run("validate", "--strict", quirks);

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("WARNING Type has no DN at /MsgHead/MsgInfo/Type (line 5)").contains("3 warnings");
        assertThat(strict.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(strict.out()).contains("ERROR   T02").contains("INVALID");
    }

    @Test
    void a_rejected_message_is_invalid_with_its_code() {
        CommandRunner.Run run = cli.run("validate", cli.fixture("kith/invalid/msghead-uten-msgid.xml"));

        assertThat(run.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(run.out()).contains("ERROR   T02 XML validerer ikke: MsgId is missing at /MsgHead/MsgInfo");
    }

    @Test
    void with_the_official_schemas_every_schema_error_is_a_finding_with_line_and_column() {
        Path schemas = SharedReferences.assumeKithSchemas();

        CommandRunner.Run run = cli.run("validate", "--schemas", schemas.toString(),
                cli.fixture("kith/invalid/xsd-ugyldig-rekkefolge.xml"));

        assertThat(run.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(run.out()).contains("ERROR   line 7, column 12: T02 XML validerer ikke: cvc-complex-type.2.4.a");
    }

    @Test
    void a_fhir_message_bundle_samport_wrote_is_valid() {
        String json = cli.file("notat.json", cli.run("convert", "--to", "fhir", cli.fixture(NOTAT)).stdout());

        CommandRunner.Run run = cli.run("validate", json);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("notat.json: valid FHIR message Bundle (0 errors,");
    }

    @Test
    void a_fhir_bundle_with_an_r4_error_is_invalid_with_the_location() {
        String json = cli.run("convert", "--to", "fhir", cli.fixture(NOTAT)).out()
                .replace("\"status\": \"completed\",", "");

        CommandRunner.Run run = cli.run("validate", cli.file("uten-status.json", json));

        assertThat(run.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(run.out()).contains("ERROR   Bundle.entry").contains("Communication.status");
    }

    @Test
    void a_fhir_resource_that_is_not_a_message_bundle_is_invalid() {
        CommandRunner.Run run = cli.run("validate", cli.file("patient.json",
                "{\"resourceType\": \"Patient\", \"active\": true}"));

        assertThat(run.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(run.out()).contains("Samport carries FHIR message Bundles");
    }

    @Test
    void a_missing_file_or_schema_folder_is_a_usage_error() {
        assertThat(cli.run("validate", dir.resolve("missing.xml").toString()).exitCode()).isEqualTo(CliCommand.USAGE);
        assertThat(cli.run("validate", "--schemas", dir.resolve("nowhere").toString(), cli.fixture(NOTAT)).stderr())
                .contains("--schemas").contains("does not exist");
    }
}
