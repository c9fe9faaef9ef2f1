package no.samport.gateway.cli;

import no.samport.gateway.support.MessageSyntax;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code validate FILE}: whether Samport accepts a KITH message (official XSDs when {@code --schemas} names a folder
 * with them, then the codec; deviations are warnings, or errors with {@code --strict}) or a FHIR message Bundle
 * (HAPI's R4 validator, and whether it can be written as KITH XML). Findings on stdout, one per line.
 */
public final class ValidateCommand implements CliCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a KITH message or a FHIR message Bundle; findings on stdout";
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar samport.jar validate [--strict] [--schemas DIR] [--all] FILE

                  FILE          a KITH message (XML) or a FHIR message Bundle (JSON, or XML in the FHIR namespace)
                  --strict      KITH: deviations Samport reads around (padded codes, unknown elements, an odd
                                MIGversion ...) are errors instead of warnings, as with samport.kith.strict=true
                  --schemas DIR KITH: also validate against the official XSDs in DIR (Samport does not ship them)
                  --all         print every warning (otherwise the first %d)

                Exit codes: 0 valid, 1 invalid, 2 usage error.""".formatted(Findings.SHOWN_WARNINGS);
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        try {
            CliArguments args = CliArguments.parse(arguments, Set.of("schemas"), Set.of("strict", "all"));
            InputFile input = InputFile.read(args.file());
            Findings findings;
            String what;
            if (input.kind() == MessageSyntax.KITH_XML) {
                String schemas = args.option("schemas");
                KithInspection.Result result = KithInspection.inspect(input, args.flag("strict"),
                        schemas == null ? null : Path.of(schemas));
                findings = result.findings();
                what = result.format() == null ? "KITH message" : result.format() + " message";
            } else {
                findings = FhirInspection.inspect(input);
                what = "FHIR message Bundle";
            }
            findings.print(out, input.name(), what, args.flag("all"));
            return findings.hasErrors() ? FINDINGS : OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(usage());
            return USAGE;
        }
    }
}
