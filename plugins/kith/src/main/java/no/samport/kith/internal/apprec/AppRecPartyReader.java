package no.samport.kith.internal.apprec;

import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.IdentifierTypes;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.PartyAddress;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * AppRec {@code Sender}/{@code Receiver} ({@code Role?, HCP}) to party resources. {@code Inst}, its first {@code Dept}
 * and first {@code HCPerson} become a {@link PartyAddress} added with {@link PartyResources#addTo}, as
 * {@code AppRecBundles} builds receipts; the identifiers are then set in full (main id first, additional ids after).
 * An {@code HCProf} becomes a PractitionerRole without organization.
 */
final class AppRecPartyReader {

    private record Unit(String name, List<Identifier> identifiers, CodedValue type) {
        String id(String system) {
            return PartyResources.identifier(identifiers, system);
        }
    }

    private AppRecPartyReader() {
    }

    static Reference read(Element party, String ns, Bundle bundle, ReadContext context) throws MessageRejectedException {
        CodedValue role = CodedValue.cs(context.child(party, ns, "Role"), context);
        Element hcp = context.required(party, ns, "HCP");
        for (String lossy : List.of("MedSpeciality", "Address")) {
            if (context.child(hcp, ns, lossy) != null) {
                context.notKept(context.child(hcp, ns, lossy), "HCP/" + lossy);
            }
        }
        Element inst = context.child(hcp, ns, "Inst");
        Element professional = context.child(hcp, ns, "HCProf");
        Reference reference;
        if (inst != null) {
            reference = institution(inst, ns, bundle, context);
        } else if (professional != null) {
            reference = professional(professional, ns, bundle, context);
        } else {
            throw context.invalid(hcp, "HCP has neither Inst nor HCProf");
        }
        if (role != null) {
            reference.addExtension(KithExtensions.APPREC_ROLE, role.toCoding(null));
        }
        return reference;
    }

    private static Reference institution(Element inst, String ns, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        Unit organisation = unit(inst, ns, IdentifierTypes.ORGANISATION_LIST, context);
        List<Element> depts = context.all(inst, ns, "Dept");
        List<Element> persons = context.all(inst, ns, "HCPerson");
        keepFirst(depts, "Inst/Dept", context);
        keepFirst(persons, "Inst/HCPerson", context);
        Unit dept = depts.isEmpty() ? null : unit(depts.get(0), ns, IdentifierTypes.ORGANISATION_LIST, context);
        Unit person = persons.isEmpty() ? null : unit(persons.get(0), ns, IdentifierTypes.PERSON_LIST, context);
        PartyAddress address = new PartyAddress(new PartyAddress.Unit(organisation.name(), organisation.id(Systems.HER)),
                dept == null ? null : new PartyAddress.Unit(dept.name(), dept.id(Systems.HER)),
                person == null ? null : new PartyAddress.Person(person.name(), person.id(Systems.HER), person.id(Systems.HPR)));
        Reference reference = PartyResources.addTo(bundle, address);
        Reference unitReference = reference;
        if (person != null) {
            PractitionerRole role = (PractitionerRole) Bundles.resolve(bundle, reference).orElseThrow();
            ((Practitioner) Bundles.resolve(bundle, role.getPractitioner()).orElseThrow()).setIdentifier(person.identifiers());
            unitReference = role.getOrganization();
        }
        Organization unit = (Organization) Bundles.resolve(bundle, unitReference).orElseThrow();
        if (dept != null) {
            unit.setIdentifier(dept.identifiers());
            if (dept.type() != null) {
                unit.addType().addCoding(dept.type().toCoding(null));
            }
            unit = (Organization) Bundles.resolve(bundle, unit.getPartOf()).orElseThrow();
        }
        unit.setIdentifier(organisation.identifiers());
        return reference;
    }

    private static Reference professional(Element element, String ns, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        Unit person = unit(element, ns, IdentifierTypes.PERSON_LIST, context);
        Practitioner practitioner = new Practitioner().setIdentifier(person.identifiers());
        if (person.name() != null) {
            practitioner.addName(new HumanName().setText(person.name()));
        }
        if (person.type() != null) {
            practitioner.addQualification().getCode()
                    .addCoding(person.type().toCoding(Systems.HEALTHCARE_PROFESSIONAL_CATEGORY));
        }
        PractitionerRole role = new PractitionerRole().setPractitioner(Bundles.add(bundle, practitioner));
        return Bundles.add(bundle, role);
    }

    private static Unit unit(Element element, String ns, String list, ReadContext context)
            throws MessageRejectedException {
        return new Unit(context.text(element, ns, "Name"), AppRecIds.read(element, ns, list, context),
                CodedValue.cs(context.child(element, ns, "Type"), context));
    }

    private static void keepFirst(List<Element> elements, String what, ReadContext context) {
        for (Element extra : elements.subList(Math.min(1, elements.size()), elements.size())) {
            context.notKept(extra, "A further " + what);
        }
    }
}
