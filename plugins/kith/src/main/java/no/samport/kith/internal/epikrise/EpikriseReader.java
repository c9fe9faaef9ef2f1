package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;

/**
 * The Epikrise {@code Message} to a FHIR document Bundle: MsgId → identifier, GenDate → timestamp, Status (8323, e.g.
 * TEST) → meta.tag, and a Composition first (ServRprt: type EPIKRISE and LOINC 18842-5, subject, date, title,
 * author and custodian = ServProvider, attester time = ApprDate, status from 7306, sections for the referrals and
 * the Events), then the Patient and every resource the sections and extensions name.
 */
public final class EpikriseReader {

    static final String LOINC = "http://loinc.org";
    static final String DISCHARGE_SUMMARY = "18842-5";

    private EpikriseReader() {
    }

    public static Bundle read(Element message, EpikriseVersion version, ReadContext read) throws MessageRejectedException {
        Bundle document = new Bundle().setType(Bundle.BundleType.DOCUMENT);
        EpikriseContext context = new EpikriseContext(version, document, read);
        Composition composition = new Composition();
        context.add(composition);
        Coding type = context.cs(message, "Type", Systems.MESSAGE_TYPE);
        CodeableConcept compositionType = composition.getType();
        if (type != null) {
            compositionType.addCoding(type);
        }
        compositionType.addCoding(new Coding(LOINC, DISCHARGE_SUMMARY, "Discharge summary"));
        String msgVersion = context.text(message, "MsgVersion");
        if (msgVersion != null) {
            composition.addExtension(EpikriseExtensions.MSG_VERSION, new StringType(msgVersion));
        }
        Element migElement = context.required(message, "MIGversion");
        String mig = Dom.text(migElement);
        if (version.migVersion() != null && !version.migVersion().equals(mig)) {
            read.quirk(migElement, "MIGversion is '" + mig + "', expected '" + version.migVersion() + "'");
        }
        Element genDate = context.required(message, "GenDate");
        DateTimeType generated = context.ts(genDate);
        document.setTimestampElement(new InstantType(generated.getValue(),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, generated.getTimeZone()));
        document.setIdentifier(new Identifier().setSystem(Systems.MSG_ID)
                .setValue(read.requiredText(message, version.namespace(), "MsgId")));
        Coding status = context.cs(message, "Status", EpikriseCodes.MESSAGE_STATUS);
        if (status != null) {
            document.getMeta().addTag(status);
        }
        ServRprtReader.read(context.required(message, "ServRprt"), composition, context);
        return document;
    }

    /** The GenDate written back: the timestamp as Oslo local time to the second. */
    static String genDate(Bundle document) {
        return KithDateTimes.format(document.getTimestampElement());
    }
}
