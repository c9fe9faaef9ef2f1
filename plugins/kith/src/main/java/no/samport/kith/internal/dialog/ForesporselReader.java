package no.samport.kith.internal.dialog;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;

/**
 * {@code Foresporsel = TypeForesp, EmneSporsmal? (1.1), Sporsmal?, Formål?, Begrunnelse?, Hastegrad?, FraDato?,
 * TilDato?, TypeJournalinfo (1.0 ?, 1.1 *), KodetOpplysning? (1.1), DokIdForesp?, RollerRelatertNotat*} to a
 * {@code Communication}: category, topic.text, payload, reasonCode, identifier, extensions for the rest.
 */
final class ForesporselReader {

    private ForesporselReader() {
    }

    static Communication read(Element foresporsel, DialogContext dialog) throws MessageRejectedException {
        String ns = dialog.ns();
        ReadContext context = dialog.read();
        Communication communication = BodyParts.newCommunication(foresporsel, "TypeForesp", dialog);
        if (dialog.version().isV1_1()) {
            communication.getTopic().setText(context.text(foresporsel, ns, "EmneSporsmal"));
        }
        MarkupContent.read(context.child(foresporsel, ns, "Sporsmal"), communication, context);
        CodedValue formal = CodedValue.cv(context.child(foresporsel, ns, "Formål"), context);
        if (formal != null) {
            communication.addReasonCode(formal.toConcept());
        }
        String begrunnelse = context.text(foresporsel, ns, "Begrunnelse");
        if (begrunnelse != null) {
            communication.addExtension(KithExtensions.BEGRUNNELSE, new StringType(begrunnelse));
        }
        CodedValue hastegrad = CodedValue.cs(context.child(foresporsel, ns, "Hastegrad"), context);
        if (hastegrad != null) {
            communication.addExtension(KithExtensions.HASTEGRAD, hastegrad.toCoding(null));
        }
        DateType fra = BodyParts.date(foresporsel, "FraDato", dialog);
        DateType til = BodyParts.date(foresporsel, "TilDato", dialog);
        if (fra != null || til != null) {
            Period period = new Period();
            period.setStartElement(fra == null ? null : new DateTimeType(fra.getValueAsString()));
            period.setEndElement(til == null ? null : new DateTimeType(til.getValueAsString()));
            communication.addExtension(KithExtensions.PERIODE, period);
        }
        for (Element journalinfo : context.all(foresporsel, ns, "TypeJournalinfo")) {
            communication.addExtension(KithExtensions.TYPE_JOURNALINFO, CodedValue.cv(journalinfo, context).toConcept());
        }
        if (dialog.version().isV1_1()) {
            CodedValue kodet = CodedValue.cv(context.child(foresporsel, ns, "KodetOpplysning"), context);
            if (kodet != null) {
                communication.addExtension(KithExtensions.KODET_OPPLYSNING, kodet.toConcept());
            }
        }
        BodyParts.dokId(foresporsel, "DokIdForesp", communication, dialog);
        RollerRelatertNotatReader.readAll(foresporsel, communication, dialog);
        return communication;
    }
}
