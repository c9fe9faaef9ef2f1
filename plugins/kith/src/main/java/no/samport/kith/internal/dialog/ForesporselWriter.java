package no.samport.kith.internal.dialog;

import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;

/**
 * Writes a Communication as {@code Foresporsel}: TypeForesp (category), EmneSporsmal (1.1, topic.text), Sporsmal
 * (text payload; markup only in 1.1), Formål (reasonCode), Begrunnelse, Hastegrad, FraDato, TilDato,
 * TypeJournalinfo (one in 1.0), KodetOpplysning (1.1), DokIdForesp, RollerRelatertNotat*.
 */
final class ForesporselWriter {

    private ForesporselWriter() {
    }

    static void write(KithXmlWriter out, Bundle bundle, DialogmeldingVersion version, Communication communication)
            throws MessageRejectedException {
        String ns = version.namespace();
        BodyParts.open(out, ns, "Foresporsel", "TypeForesp", communication);
        if (version.isV1_1()) {
            out.text(ns, "EmneSporsmal", communication.getTopic().getText());
            MarkupContent.write(out, ns, "Sporsmal", MarkupContent.textPayload(communication));
        } else {
            var payload = MarkupContent.textPayload(communication);
            out.text(ns, "Sporsmal", payload == null ? null : payload.getContent().primitiveValue());
        }
        CodedValue.writeCv(out, ns, "Formål", communication.hasReasonCode() ? communication.getReasonCodeFirstRep() : null);
        out.text(ns, "Begrunnelse", ExtensionValues.string(communication, KithExtensions.BEGRUNNELSE));
        CodedValue.writeCs(out, ns, "Hastegrad", ExtensionValues.coding(communication, KithExtensions.HASTEGRAD, null));
        if (ExtensionValues.value(communication, KithExtensions.PERIODE) instanceof Period period) {
            out.text(ns, "FraDato", period.hasStart() ? period.getStartElement().getValueAsString() : null);
            out.text(ns, "TilDato", period.hasEnd() ? period.getEndElement().getValueAsString() : null);
        }
        List<Extension> journalinfo = communication.getExtensionsByUrl(KithExtensions.TYPE_JOURNALINFO);
        int allowed = version.isV1_1() ? journalinfo.size() : Math.min(1, journalinfo.size());
        for (Extension extension : journalinfo.subList(0, allowed)) {
            if (extension.getValue() instanceof CodeableConcept concept) {
                CodedValue.writeCv(out, ns, "TypeJournalinfo", concept);
            }
        }
        if (version.isV1_1()) {
            CodedValue.writeCv(out, ns, "KodetOpplysning", ExtensionValues.concept(communication, KithExtensions.KODET_OPPLYSNING));
        }
        BodyParts.writeDokId(out, ns, "DokIdForesp", communication);
        RollerRelatertNotatWriter.writeAll(out, bundle, version, communication);
        out.end();
    }
}
