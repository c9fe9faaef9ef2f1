package no.samport.gateway.cli;

import java.nio.file.Path;
import no.samport.kith.KithCodec;
import no.samport.kith.KithCodecOptions;
import no.samport.kith.KithSchemaValidator;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.MessageRejectedException;

/**
 * Validating a KITH message as the gateway would read it: against the official XSDs when a folder with them is given
 * (every schema error a finding), then through the codec (its rejection an error with the 8221 code; each deviation
 * it reads around a warning, or an error in strict mode).
 */
final class KithInspection {

    private KithInspection() {
    }

    /** The findings, and the format the message was read as (or null when it was rejected). */
    record Result(Findings findings, String format) {
    }

    static Result inspect(InputFile input, boolean strict, Path schemas) throws UsageException {
        Findings findings = new Findings();
        if (schemas != null) {
            for (KithSchemaValidator.SchemaError error : schemaValidator(schemas).validate(input.bytes())) {
                findings.add(Finding.error("line " + error.line() + ", column " + error.column(),
                        "T02 XML validerer ikke: " + error.message()));
            }
        }
        try {
            DecodedMessage decoded = new KithCodec(KithCodecOptions.defaults().withStrict(strict)).decode(input.bytes());
            decoded.warnings().forEach(warning -> findings.add(Finding.warning(null, warning)));
            return new Result(findings, decoded.format());
        } catch (MessageRejectedException e) {
            findings.add(Finding.error(null, e.error().code() + " " + e.error().display() + ": " + e.getMessage()));
            return new Result(findings, null);
        }
    }

    private static KithSchemaValidator schemaValidator(Path schemas) throws UsageException {
        try {
            return KithSchemaValidator.fromDirectory(schemas);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--schemas " + schemas + ": " + e.getMessage());
        }
    }
}
