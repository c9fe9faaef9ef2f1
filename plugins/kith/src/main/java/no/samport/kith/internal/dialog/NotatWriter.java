package no.samport.kith.internal.dialog;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes a Communication as {@code Notat}: TemaKodet (category), Tema (topic.text), TekstNotatInnhold (text payload),
 * Merknad (note), DokIdNotat, DatoNotat, Foresporsel (the contained question it answers), RollerRelatertNotat*.
 */
final class NotatWriter {

    private NotatWriter() {
    }

    static void write(KithXmlWriter out, Bundle bundle, DialogmeldingVersion version, Communication communication)
            throws MessageRejectedException {
        String ns = version.namespace();
        BodyParts.open(out, ns, "Notat", "TemaKodet", communication);
        out.text(ns, "Tema", communication.getTopic().getText());
        MarkupContent.write(out, ns, "TekstNotatInnhold", MarkupContent.textPayload(communication));
        out.text(ns, "Merknad", communication.hasNote() ? communication.getNoteFirstRep().getText() : null);
        BodyParts.writeDokId(out, ns, "DokIdNotat", communication);
        out.text(ns, "DatoNotat", ExtensionValues.string(communication, KithExtensions.DATO_NOTAT));
        Communication question = question(communication);
        if (question != null) {
            ForesporselWriter.write(out, bundle, version, question);
        }
        RollerRelatertNotatWriter.writeAll(out, bundle, version, communication);
        out.end();
    }

    /** The contained Communication an answer is inResponseTo, if any. */
    private static Communication question(Communication communication) {
        for (Reference reference : communication.getInResponseTo()) {
            String ref = reference.getReference();
            if (ref == null || !ref.startsWith("#")) {
                continue;
            }
            for (Resource contained : communication.getContained()) {
                if (contained instanceof Communication question
                        && ref.substring(1).equals(contained.getIdElement().getIdPart())) {
                    return question;
                }
            }
        }
        return null;
    }
}
