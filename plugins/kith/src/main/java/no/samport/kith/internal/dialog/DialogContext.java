package no.samport.kith.internal.dialog;

import no.samport.kith.internal.xml.ReadContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;

/**
 * What the dialogue readers share: the version, the 8279 message type, the bundle they add resources to, the
 * patient (for RelatedPersons) and the read context.
 */
public record DialogContext(DialogmeldingVersion version, String messageType, Bundle bundle, Reference patient,
                            ReadContext read) {

    public String ns() {
        return version.namespace();
    }

    /** The same context for a part coded as another message type (the question an answer repeats). */
    public DialogContext asType(String type) {
        return new DialogContext(version, type, bundle, patient, read);
    }
}
