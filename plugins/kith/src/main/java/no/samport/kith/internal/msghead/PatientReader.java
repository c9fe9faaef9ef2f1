package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.List;
import no.samport.kith.internal.common.PersonConverter;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.Systems;
import no.samport.plugin.api.ident.Fodselsnummer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * {@code MsgInfo/Patient} to a {@code Patient}. A fødselsnummer or D-nummer with wrong mod-11 check digits is an E31
 * rejection; the message names the element and line, never the number.
 */
final class PatientReader {

    private PatientReader() {
    }

    /** Adds the patient to the bundle; null when the message has no patient. */
    static Reference read(Element msgInfo, Bundle bundle, ReadContext context) throws MessageRejectedException {
        Element element = context.child(msgInfo, MSGHEAD, "Patient");
        if (element == null) {
            return null;
        }
        Patient patient = new Patient();
        PersonConverter.read(element, PersonConverter.MSGHEAD, patient, context);
        List<Element> idents = context.all(element, MSGHEAD, "Ident");
        for (int i = 0; i < patient.getIdentifier().size(); i++) {
            checkDigits(patient.getIdentifier().get(i), idents.get(i));
        }
        return Bundles.add(bundle, patient);
    }

    private static void checkDigits(Identifier identifier, Element ident) throws MessageRejectedException {
        String kind = Systems.FNR.equals(identifier.getSystem()) ? "fødselsnummer"
                : Systems.DNR.equals(identifier.getSystem()) ? "D-nummer" : null;
        if (kind != null && !Fodselsnummer.hasValidCheckDigits(identifier.getValue())) {
            throw new MessageRejectedException(AppRecError.E31, "The patient's " + kind + " at " + Dom.where(ident)
                    + " is not 11 digits with valid mod-11 check digits");
        }
    }
}
