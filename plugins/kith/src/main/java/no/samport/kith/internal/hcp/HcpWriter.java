package no.samport.kith.internal.hcp;

import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.common.IdentifierTypes;
import no.samport.kith.internal.common.OrganisationTree;
import no.samport.kith.internal.common.PropertyValues;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes a party as the KITH HCP class: {@code Inst} (Name, Id, TypeId, Dept per Organization below the top,
 * AdditionalId, HCPerson in the layout's order) for an organisation, {@code HCProf} for a professional without one;
 * then MedSpecialty and Address (from the Practitioner, or the deepest Organization).
 */
public final class HcpWriter {

    private HcpWriter() {
    }

    public static void write(KithXmlWriter out, String ns, HcpLayout layout, Bundle bundle, Reference party)
            throws MessageRejectedException {
        out.start(ns, "HCP");
        Resource resource = Bundles.resolve(bundle, party).orElse(null);
        boolean professionalOnly = resource instanceof Practitioner
                || resource instanceof PractitionerRole role && !role.hasOrganization();
        DomainResource addressHolder;
        CodeableConcept specialty;
        if (professionalOnly) {
            PractitionerRole role = resource instanceof PractitionerRole r ? r : new PractitionerRole();
            Practitioner practitioner = resource instanceof Practitioner p ? p : practitioner(bundle, role);
            professional(out, ns, layout, role, practitioner);
            addressHolder = practitioner;
            specialty = role.hasSpecialty() ? role.getSpecialtyFirstRep() : null;
        } else {
            OrganisationTree tree = OrganisationTree.of(bundle, party);
            institution(out, ns, layout, tree, bundle);
            addressHolder = tree.units().get(tree.units().size() - 1);
            specialty = tree.professional() != null && tree.professional().hasSpecialty()
                    ? tree.professional().getSpecialtyFirstRep()
                    : ExtensionValues.concept(addressHolder, KithExtensions.MED_SPECIALTY);
        }
        CodedValue.writeCv(out, ns, layout.medSpecialty(), specialty);
        List<Address> addresses = PropertyValues.all(addressHolder, "address", Address.class);
        HcpAddressConverter.write(out, ns, addresses.isEmpty() ? null : addresses.get(0),
                PropertyValues.all(addressHolder, "telecom", ContactPoint.class));
        out.end();
    }

    private static void professional(KithXmlWriter out, String ns, HcpLayout layout, PractitionerRole role,
                                     Practitioner practitioner) {
        out.start(ns, "HCProf");
        CodedValue.writeCs(out, ns, "Type", practitioner.hasQualification()
                ? practitioner.getQualificationFirstRep().getCode().getCodingFirstRep() : null);
        if (layout.isEpikrise()) {
            CodedValue.writeCv(out, ns, "Position", role.hasCode() ? role.getCodeFirstRep() : null);
        }
        out.text(ns, "Name", practitioner.hasName() ? name(practitioner.getNameFirstRep()) : null);
        if (layout.isEpikrise()) {
            for (Extension qual : practitioner.getExtensionsByUrl(KithExtensions.QUALIFICATION)) {
                CodedValue.writeCv(out, ns, "Qual", (CodeableConcept) qual.getValue());
            }
        }
        HcpIds.writeMain(out, ns, practitioner.getIdentifier(), IdentifierTypes.PERSON_LIST);
        HcpIds.writeAdditional(out, ns, practitioner.getIdentifier(), IdentifierTypes.PERSON_LIST);
        out.end();
    }

    private static void institution(KithXmlWriter out, String ns, HcpLayout layout, OrganisationTree tree,
                                    Bundle bundle) {
        List<Organization> units = tree.units();
        Organization top = units.get(0);
        out.start(ns, "Inst");
        out.text(ns, "Name", top.getName());
        HcpIds.writeMain(out, ns, top.getIdentifier(), IdentifierTypes.ORGANISATION_LIST);
        for (Organization dept : units.subList(1, units.size())) {
            out.start(ns, "Dept");
            CodedValue.writeCs(out, ns, "Type", dept.hasType() ? dept.getTypeFirstRep().getCodingFirstRep() : null);
            out.text(ns, "Name", dept.getName());
            HcpIds.writeMain(out, ns, dept.getIdentifier(), IdentifierTypes.ORGANISATION_LIST);
            HcpIds.writeAdditional(out, ns, dept.getIdentifier(), IdentifierTypes.ORGANISATION_LIST);
            out.end();
        }
        if (!layout.isEpikrise()) {
            HcpIds.writeAdditional(out, ns, top.getIdentifier(), IdentifierTypes.ORGANISATION_LIST);
        }
        if (tree.professional() != null) {
            Practitioner practitioner = practitioner(bundle, tree.professional());
            out.start(ns, "HCPerson");
            out.text(ns, "Name", practitioner.hasName() ? name(practitioner.getNameFirstRep()) : null);
            HcpIds.writeMain(out, ns, practitioner.getIdentifier(), IdentifierTypes.PERSON_LIST);
            HcpIds.writeAdditional(out, ns, practitioner.getIdentifier(), IdentifierTypes.PERSON_LIST);
            out.end();
        }
        if (layout.isEpikrise()) {
            HcpIds.writeAdditional(out, ns, top.getIdentifier(), IdentifierTypes.ORGANISATION_LIST);
        }
        out.end();
    }

    private static String name(HumanName name) {
        return name.hasText() ? name.getText() : name.getNameAsSingleString();
    }

    private static Practitioner practitioner(Bundle bundle, PractitionerRole role) {
        return Bundles.resolve(bundle, role.getPractitioner()).filter(Practitioner.class::isInstance)
                .map(Practitioner.class::cast).orElse(new Practitioner());
    }
}
