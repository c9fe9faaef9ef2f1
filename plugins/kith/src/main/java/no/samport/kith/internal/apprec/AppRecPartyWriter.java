package no.samport.kith.internal.apprec;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.hcp.HcpLayout;
import no.samport.kith.internal.hcp.HcpWriter;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;

/** Writes a party as AppRec {@code Sender}/{@code Receiver}: Role?, then the HCP through {@link HcpWriter}. */
final class AppRecPartyWriter {

    private AppRecPartyWriter() {
    }

    static void write(KithXmlWriter out, String ns, String elementName, Bundle bundle, Reference party)
            throws MessageRejectedException {
        out.start(ns, elementName);
        CodedValue.writeCs(out, ns, "Role", ExtensionValues.coding(party, KithExtensions.APPREC_ROLE, null));
        HcpWriter.write(out, ns, HcpLayout.APPREC, bundle, party);
        out.end();
    }
}
