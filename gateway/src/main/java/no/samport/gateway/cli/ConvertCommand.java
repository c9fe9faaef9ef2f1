package no.samport.gateway.cli;

import no.samport.gateway.support.MessageSyntax;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Set;
import no.samport.kith.KithCodec;
import no.samport.kith.KithCodecOptions;
import no.samport.kith.KithFormats;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * {@code convert --to fhir FILE}: a KITH message (MsgHead with Dialogmelding or Epikrise, AppRec, a bare Epikrise)
 * as a FHIR message Bundle in JSON; {@code convert --to kith FILE}: a FHIR message Bundle (JSON or XML) as KITH XML,
 * in the Dialogmelding/AppRec version asked for. Output on stdout, warnings and refusals on stderr.
 */
public final class ConvertCommand implements CliCommand {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "KITH XML to FHIR JSON, or a FHIR message Bundle to KITH XML";
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar samport.jar convert --to fhir [--strict] FILE
                       java -jar samport.jar convert --to kith [--version 1.0|1.1] [--charset UTF-8|ISO-8859-1] FILE

                  --to fhir     read a KITH message (MsgHead 1.2 with Dialogmelding 1.0/1.1 or Epikrise 1.2/1.1,
                                AppRec 1.0/1.1, or an Epikrise without MsgHead); print the FHIR message Bundle as JSON
                  --strict      refuse deviations that are otherwise read with a warning
                  --to kith     read a FHIR message Bundle (JSON or XML); print it as KITH XML
                  --version     write Dialogmelding and AppRec in this version (Epikrise is always 1.2); a message that
                                would lose content in 1.0 is refused with the reason
                  --charset     the encoding to write and declare (default UTF-8)

                Exit codes: 0 converted, 1 the message was refused (reason on stderr), 2 usage error.""";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        try {
            CliArguments args = CliArguments.parse(arguments, Set.of("to", "version", "charset"), Set.of("strict"));
            InputFile input = InputFile.read(args.file());
            String to = args.option("to");
            if ("fhir".equals(to)) {
                return toFhir(input, args.flag("strict"), out, err);
            }
            if ("kith".equals(to)) {
                return toKith(input, preferences(args), out, err);
            }
            throw new UsageException("Say what to convert to: --to fhir or --to kith.");
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(usage());
            return USAGE;
        }
    }

    private static int toFhir(InputFile input, boolean strict, PrintStream out, PrintStream err) throws UsageException {
        if (input.kind() != MessageSyntax.KITH_XML) {
            throw new UsageException(input.name() + " holds FHIR already; use --to kith to write it as KITH XML.");
        }
        try {
            DecodedMessage decoded = new KithCodec(KithCodecOptions.defaults().withStrict(strict)).decode(input.bytes());
            decoded.warnings().forEach(warning -> err.println("warning: " + warning));
            out.println(FhirSupport.R4.newJsonParser().setPrettyPrint(true).encodeResourceToString(decoded.bundle()));
            return OK;
        } catch (MessageRejectedException e) {
            err.println(input.name() + ": Samport refuses this message with " + e.error().code() + " ("
                    + e.error().display() + "): " + e.getMessage());
            return FINDINGS;
        }
    }

    private static int toKith(InputFile input, EncodingPreferences preferences, PrintStream out, PrintStream err)
            throws UsageException {
        if (input.kind() == MessageSyntax.KITH_XML) {
            throw new UsageException(input.name() + " is not FHIR (JSON, or XML in the FHIR namespace); use --to fhir"
                    + " to read a KITH message.");
        }
        try {
            Findings findings = new Findings();
            IBaseResource resource = FhirSupport.parse(input, findings);
            if (findings.hasErrors()) {
                findings.print(err, input.name(), "FHIR", true);
                return FINDINGS;
            }
            if (!(resource instanceof Bundle bundle) || bundle.getType() != Bundle.BundleType.MESSAGE) {
                err.println(input.name() + ": a " + resource.fhirType() + " is not a message Bundle (type message, "
                        + "MessageHeader first); only message Bundles can be written as KITH XML");
                return FINDINGS;
            }
            byte[] xml = new KithCodec().encode(bundle, preferences);
            out.write(xml, 0, xml.length);
            out.flush();
            return OK;
        } catch (DataFormatException e) {
            err.println(input.name() + ": not readable as FHIR R4: " + e.getMessage());
            return FINDINGS;
        } catch (MessageRejectedException e) {
            err.println(input.name() + ": cannot be written as KITH XML (" + e.error().code() + "): " + e.getMessage());
            return FINDINGS;
        }
    }

    private static EncodingPreferences preferences(CliArguments args) throws UsageException {
        Charset charset = charset(args.option("charset"));
        String version = args.option("version");
        if (version == null) {
            return new EncodingPreferences(Set.of(), charset);
        }
        return switch (version) {
            case "1.0" -> new EncodingPreferences(Set.of(KithFormats.DIALOGMELDING_1_0, KithFormats.APPREC_1_0,
                    KithFormats.EPIKRISE_1_2), charset);
            case "1.1" -> new EncodingPreferences(Set.of(KithFormats.DIALOGMELDING_1_1, KithFormats.APPREC_1_1,
                    KithFormats.EPIKRISE_1_2), charset);
            default -> throw new UsageException("--version is 1.0 or 1.1, not " + version + ".");
        };
    }

    private static Charset charset(String name) throws UsageException {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("Unknown --charset " + name + ".");
        }
    }
}
