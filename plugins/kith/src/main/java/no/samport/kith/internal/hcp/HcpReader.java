package no.samport.kith.internal.hcp;

import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.IdentifierTypes;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * The KITH HCP class ({@code Inst | HCProf, MedSpecialty?, Address?}) to party resources, in the shape
 * {@code PartyResources} builds: {@code Inst} an Organization, its first {@code Dept} an Organization {@code partOf}
 * it, its first {@code HCPerson} a PractitionerRole in the unit with its Practitioner; {@code HCProf} a PractitionerRole
 * without organization. The reference returned is the most specific party. Further Depts and HCPersons are not kept.
 */
public final class HcpReader {

    private HcpReader() {
    }

    public static Reference read(Element hcp, String ns, HcpLayout layout, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        Element inst = context.child(hcp, ns, "Inst");
        Element professional = context.child(hcp, ns, "HCProf");
        Reference party;
        DomainResource addressHolder;
        if (inst != null) {
            party = institution(inst, ns, bundle, context);
            addressHolder = unitOf(bundle, party);
        } else if (professional != null) {
            party = professional(professional, ns, layout, bundle, context);
            addressHolder = practitionerOf(bundle, party);
        } else {
            throw context.invalid(hcp, "HCP has neither Inst nor HCProf");
        }
        CodedValue specialty = CodedValue.cv(context.child(hcp, ns, layout.medSpecialty()), context);
        if (specialty != null) {
            if (Bundles.resolve(bundle, party).orElseThrow() instanceof PractitionerRole role) {
                role.addSpecialty(specialty.toConcept());
            } else {
                addressHolder.addExtension(KithExtensions.MED_SPECIALTY, specialty.toConcept());
            }
        }
        HcpAddressConverter.HcpAddress address = HcpAddressConverter.read(context.child(hcp, ns, "Address"), ns, context);
        if (address != null) {
            addressHolder.setProperty("address", address.address());
            address.telecoms().forEach(telecom -> addressHolder.setProperty("telecom", telecom));
        }
        return party;
    }

    private static Reference institution(Element inst, String ns, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        Organization organization = new Organization().setName(context.text(inst, ns, "Name"));
        organization.setIdentifier(HcpIds.read(inst, ns, IdentifierTypes.ORGANISATION_LIST, context));
        Reference unit = Bundles.add(bundle, organization);
        List<Element> depts = firstOnly(context.all(inst, ns, "Dept"), "Inst/Dept", context);
        if (!depts.isEmpty()) {
            Element dept = depts.get(0);
            Organization department = new Organization().setName(context.text(dept, ns, "Name"));
            department.setIdentifier(HcpIds.read(dept, ns, IdentifierTypes.ORGANISATION_LIST, context));
            CodedValue type = CodedValue.cs(context.child(dept, ns, "Type"), context);
            if (type != null) {
                department.addType().addCoding(type.toCoding(null));
            }
            department.setPartOf(unit);
            unit = Bundles.add(bundle, department);
        }
        List<Element> persons = firstOnly(context.all(inst, ns, "HCPerson"), "Inst/HCPerson", context);
        if (persons.isEmpty()) {
            return unit;
        }
        Element person = persons.get(0);
        Practitioner practitioner = named(context.text(person, ns, "Name"));
        practitioner.setIdentifier(HcpIds.read(person, ns, IdentifierTypes.PERSON_LIST, context));
        PractitionerRole role = new PractitionerRole().setPractitioner(Bundles.add(bundle, practitioner));
        role.setOrganization(unit);
        return Bundles.add(bundle, role);
    }

    private static Reference professional(Element element, String ns, HcpLayout layout, Bundle bundle,
                                          ReadContext context) throws MessageRejectedException {
        Practitioner practitioner = named(context.text(element, ns, "Name"));
        practitioner.setIdentifier(HcpIds.read(element, ns, IdentifierTypes.PERSON_LIST, context));
        CodedValue type = CodedValue.cs(context.child(element, ns, "Type"), context);
        if (type != null) {
            practitioner.addQualification().getCode()
                    .addCoding(type.toCoding(Systems.HEALTHCARE_PROFESSIONAL_CATEGORY));
        }
        PractitionerRole role = new PractitionerRole();
        if (layout.isEpikrise()) {
            CodedValue position = CodedValue.cv(context.child(element, ns, "Position"), context);
            if (position != null) {
                role.addCode(position.toConcept());
            }
            for (Element qual : context.all(element, ns, "Qual")) {
                practitioner.addExtension(KithExtensions.QUALIFICATION, CodedValue.cv(qual, context).toConcept());
            }
        }
        role.setPractitioner(Bundles.add(bundle, practitioner));
        return Bundles.add(bundle, role);
    }

    private static Practitioner named(String name) {
        Practitioner practitioner = new Practitioner();
        if (name != null) {
            practitioner.addName(new HumanName().setText(name));
        }
        return practitioner;
    }

    private static List<Element> firstOnly(List<Element> elements, String what, ReadContext context) {
        for (Element extra : elements.subList(Math.min(1, elements.size()), elements.size())) {
            context.notKept(extra, "A further " + what);
        }
        return elements;
    }

    /** The deepest Organization of a party: the one a PractitionerRole sits in, or the Organization itself. */
    private static Organization unitOf(Bundle bundle, Reference party) {
        Object resource = Bundles.resolve(bundle, party).orElseThrow();
        if (resource instanceof PractitionerRole role) {
            return (Organization) Bundles.resolve(bundle, role.getOrganization()).orElseThrow();
        }
        return (Organization) resource;
    }

    private static Practitioner practitionerOf(Bundle bundle, Reference party) {
        PractitionerRole role = (PractitionerRole) Bundles.resolve(bundle, party).orElseThrow();
        return (Practitioner) Bundles.resolve(bundle, role.getPractitioner()).orElseThrow();
    }
}
