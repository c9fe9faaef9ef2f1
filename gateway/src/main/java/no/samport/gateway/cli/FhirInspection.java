package no.samport.gateway.cli;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import no.samport.kith.KithCodec;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Validating FHIR input as Samport would take it: parsed (every structural problem an error), validated with HAPI's
 * R4 instance validator (errors and warnings; best-practice advice left out), and checked that it is a message Bundle
 * the KITH codec can write.
 */
final class FhirInspection {

    private FhirInspection() {
    }

    static Findings inspect(InputFile input) {
        Findings findings = new Findings();
        IBaseResource resource;
        try {
            resource = FhirSupport.parse(input, findings);
        } catch (DataFormatException e) {
            findings.add(Finding.error(null, "not readable as FHIR R4: " + e.getMessage()));
            return findings;
        }
        for (SingleValidationMessage message : FhirSupport.validator().validateWithResult(resource).getMessages()) {
            if (isBestPracticeAdvice(message)) {
                continue;
            }
            if (message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                findings.add(Finding.error(message.getLocationString(), message.getMessage()));
            } else if (message.getSeverity() == ResultSeverityEnum.WARNING) {
                findings.add(Finding.warning(message.getLocationString(), message.getMessage()));
            }
        }
        if (!(resource instanceof Bundle bundle) || bundle.getType() != Bundle.BundleType.MESSAGE) {
            findings.add(Finding.error(null, "Samport carries FHIR message Bundles (type message, MessageHeader first);"
                    + " this is a " + resource.fhirType()));
            return findings;
        }
        try {
            new KithCodec().encode(bundle, EncodingPreferences.defaults());
        } catch (MessageRejectedException e) {
            findings.add(Finding.error(null, "cannot be written as KITH XML: " + e.error().code() + " " + e.getMessage()));
        }
        return findings;
    }

    /** dom-6 and the like ("should have narrative"): advice for stored resources, not about message content. */
    private static boolean isBestPracticeAdvice(SingleValidationMessage message) {
        return message.getSeverity() == ResultSeverityEnum.WARNING
                && String.valueOf(message.getMessage()).contains("Best Practice Recommendation");
    }
}
