package no.samport.kith.internal.epikrise;

import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.common.PartyEndpoints;
import no.samport.kith.internal.hcp.HcpLayout;
import no.samport.kith.internal.hcp.HcpReader;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.kith.internal.xml.Validation;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.KithMessageType;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * An Epikrise {@code Message} that arrives without MsgHead (as the official example is published). It is a
 * deviation — a message needs its MsgHead to be sent — read in lenient mode with a message header derived from the
 * epikrise itself: MsgId and GenDate, the ServProvider as sender, the Requester as receiver and each CopyDest as a copy
 * receiver (RoleReceiver COP). Written back, it gets a MsgHead.
 */
public final class BareEpikriseReader {

    private static final Coding COPY = new Coding(null, "COP", "Kopimottaker");

    private BareEpikriseReader() {
    }

    public static DecodedMessage read(Element message, EpikriseVersion version, ReadContext context,
                                      Validation schemaValidation) throws MessageRejectedException {
        Bundle bundle = header(message, version, context);
        Bundle partial = bundle.copy();
        try {
            context.quirk(message, "An Epikrise Message without MsgHead; the message header is derived from the"
                    + " epikrise (ServProvider as sender, Requester as receiver, CopyDest as copy receivers)");
            schemaValidation.run();
            Bundle document = EpikriseReader.read(message, version, context);
            Bundles.header(bundle).addFocus(Bundles.add(bundle, document));
            context.reportUnknown(message);
            return new DecodedMessage(bundle, version.format(), context.warnings());
        } catch (MessageRejectedException e) {
            throw e.partialHeader().isPresent() ? e : new MessageRejectedException(e.error(), e.getMessage(), partial);
        }
    }

    private static Bundle header(Element message, EpikriseVersion version, ReadContext context)
            throws MessageRejectedException {
        String ns = version.namespace();
        Element genDate = context.required(message, ns, "GenDate");
        DateTimeType generated = KithDateTimes.dateTime(Dom.attribute(genDate, "V"));
        if (generated == null) {
            throw context.invalid(genDate, "GenDate/@V is not a date or date-time");
        }
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(Systems.MESSAGE_TYPE, KithMessageType.EPIKRISE, "Epikrise"));
        Bundle bundle = Bundles.newMessage(context.requiredText(message, ns, "MsgId"), generated.getValue(), header);
        bundle.setTimestampElement(new InstantType(generated.getValue(),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, generated.getTimeZone()));
        Element servRprt = context.required(message, ns, "ServRprt");
        Reference sender = party(context.required(servRprt, ns, "ServProvider"), ns, bundle, context);
        header.setSender(sender);
        header.getSource().setEndpoint(PartyEndpoints.of(bundle, sender));
        Reference receiver = party(context.required(servRprt, ns, "Requester"), ns, bundle, context);
        header.addDestination().setReceiver(receiver).setEndpoint(PartyEndpoints.of(bundle, receiver));
        List<Element> copies = context.all(servRprt, ns, "CopyDest");
        for (Element copy : copies) {
            Reference party = party(copy, ns, bundle, context);
            header.addDestination().setReceiver(party).setEndpoint(PartyEndpoints.of(bundle, party))
                    .addExtension(KithExtensions.ROLE_RECEIVER, COPY.copy());
        }
        return bundle;
    }

    private static Reference party(Element participant, String ns, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        return HcpReader.read(context.required(participant, ns, "HCP"), ns, HcpLayout.EPIKRISE, bundle, context);
    }
}
