package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.HealthcareProfessionalConverter;
import no.samport.kith.internal.common.OrganisationConverter;
import no.samport.kith.internal.common.PersonConverter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * {@code OtherReceiver = ComMethod?, RoleReceiver CS, Organisation | HealthcareProfessional | Patient | Person}: copy
 * receivers become further {@code MessageHeader.destination}s with the role in an extension. A Patient or Person as
 * copy receiver is not kept.
 */
final class OtherReceiverReader {

    private OtherReceiverReader() {
    }

    static void readAll(Element msgInfo, MessageHeader header, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        for (Element otherReceiver : context.all(msgInfo, MSGHEAD, "OtherReceiver")) {
            CodedValue role = CodedValue.cs(context.required(otherReceiver, MSGHEAD, "RoleReceiver"), context);
            Reference party = party(otherReceiver, bundle, context);
            if (party != null) {
                MsgInfoReader.destination(header, party, otherReceiver, bundle, context)
                        .addExtension(KithExtensions.ROLE_RECEIVER, role.toCoding(null));
            }
        }
    }

    private static Reference party(Element otherReceiver, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        Element organisation = context.child(otherReceiver, MSGHEAD, "Organisation");
        if (organisation != null) {
            return OrganisationConverter.read(organisation, OrganisationConverter.Layout.MSGHEAD, bundle, context);
        }
        Element professional = context.child(otherReceiver, MSGHEAD, "HealthcareProfessional");
        if (professional != null) {
            return HealthcareProfessionalConverter.read(professional, PersonConverter.MSGHEAD, null, bundle, true, context);
        }
        context.notKept(otherReceiver, "A copy receiver that is a Patient or Person");
        return null;
    }
}
