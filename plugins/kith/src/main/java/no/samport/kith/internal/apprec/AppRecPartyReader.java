package no.samport.kith.internal.apprec;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.hcp.HcpLayout;
import no.samport.kith.internal.hcp.HcpReader;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * AppRec {@code Sender}/{@code Receiver} ({@code Role?, HCP}) to party resources, in the shape {@code AppRecBundles}
 * builds receipts: the HCP through {@link HcpReader}, the Role in an extension on the reference.
 */
final class AppRecPartyReader {

    private AppRecPartyReader() {
    }

    static Reference read(Element party, String ns, Bundle bundle, ReadContext context) throws MessageRejectedException {
        CodedValue role = CodedValue.cs(context.child(party, ns, "Role"), context);
        Reference reference = HcpReader.read(context.required(party, ns, "HCP"), ns, HcpLayout.APPREC, bundle, context);
        if (role != null) {
            reference.addExtension(KithExtensions.APPREC_ROLE, role.toCoding(null));
        }
        return reference;
    }
}
