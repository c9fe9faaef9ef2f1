package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.HealthcareProfessionalConverter;
import no.samport.kith.internal.common.OrganisationConverter;
import no.samport.kith.internal.common.PersonConverter;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Person;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * {@code OtherReceiver = ComMethod?, RoleReceiver CS, Organisation | Patient | Person | HealthcareProfessional}: copy
 * receivers become further {@code MessageHeader.destination}s with the role in an extension. An Organisation or
 * HealthcareProfessional is the destination's receiver; a Patient (→ Patient) or an {@code fk1:Person} (→ Person),
 * which {@code destination.receiver} cannot name, is referenced from the {@link KithExtensions#OTHER_RECEIVER_PERSON}
 * extension.
 */
final class OtherReceiverReader {

    /** {@code OtherReceiver/Person}: a MsgHead element of the fk1 type, so its children are in fk1. */
    static final PersonConverter.Layout PERSON = new PersonConverter.Layout(KithNamespaces.FK1, KithNamespaces.FK1, false);

    private OtherReceiverReader() {
    }

    static void readAll(Element msgInfo, MessageHeader header, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        for (Element otherReceiver : context.all(msgInfo, MSGHEAD, "OtherReceiver")) {
            CodedValue role = CodedValue.cs(context.required(otherReceiver, MSGHEAD, "RoleReceiver"), context);
            Reference party = party(otherReceiver, bundle, context);
            MessageHeader.MessageDestinationComponent destination;
            if (party != null) {
                destination = MsgInfoReader.destination(header, party, otherReceiver, bundle, context);
            } else {
                destination = header.addDestination().setEndpoint(Systems.HER_ENDPOINT_PREFIX + "unknown");
                destination.addExtension(KithExtensions.OTHER_RECEIVER_PERSON, person(otherReceiver, bundle, context));
                MsgInfoReader.addCoded(destination, KithExtensions.COM_METHOD, otherReceiver, "ComMethod", context);
            }
            destination.addExtension(KithExtensions.ROLE_RECEIVER, role.toCoding(null));
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
        return null;
    }

    private static Reference person(Element otherReceiver, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        Element patient = context.child(otherReceiver, MSGHEAD, "Patient");
        DomainResource resource;
        if (patient != null) {
            resource = new Patient();
            PersonConverter.read(patient, PersonConverter.MSGHEAD, resource, context);
        } else {
            Element person = context.child(otherReceiver, MSGHEAD, "Person");
            if (person == null) {
                throw context.invalid(otherReceiver,
                        "OtherReceiver has no Organisation, Patient, Person or HealthcareProfessional");
            }
            resource = new Person();
            PersonConverter.read(person, PERSON, resource, context);
        }
        return Bundles.add(bundle, resource);
    }
}
