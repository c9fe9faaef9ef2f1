package no.samport.kith.internal.apprec;

import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.common.IdentifierTypes;
import no.samport.kith.internal.common.OrganisationTree;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes a party as AppRec {@code Sender}/{@code Receiver}: Role?, HCP with {@code Inst} (Name, Id, TypeId, Dept*,
 * AdditionalId*, HCPerson*) for an organisation, or {@code HCProf} for a professional without one.
 */
final class AppRecPartyWriter {

    private AppRecPartyWriter() {
    }

    static void write(KithXmlWriter out, String ns, String elementName, Bundle bundle, Reference party)
            throws MessageRejectedException {
        out.start(ns, elementName);
        CodedValue.writeCs(out, ns, "Role", ExtensionValues.coding(party, KithExtensions.APPREC_ROLE, null));
        out.start(ns, "HCP");
        Resource resource = Bundles.resolve(bundle, party).orElse(null);
        boolean professionalOnly = resource instanceof Practitioner
                || resource instanceof PractitionerRole role && !role.hasOrganization();
        if (professionalOnly) {
            Practitioner practitioner = resource instanceof Practitioner p ? p : practitioner(bundle, (PractitionerRole) resource);
            out.start(ns, "HCProf");
            CodedValue.writeCs(out, ns, "Type", practitioner.hasQualification()
                    ? practitioner.getQualificationFirstRep().getCode().getCodingFirstRep() : null);
            person(out, ns, practitioner);
            out.end();
        } else {
            institution(out, ns, OrganisationTree.of(bundle, party), bundle);
        }
        out.end().end();
    }

    private static void institution(KithXmlWriter out, String ns, OrganisationTree tree, Bundle bundle) {
        List<Organization> units = tree.units();
        Organization top = units.get(0);
        out.start(ns, "Inst");
        out.text(ns, "Name", top.getName());
        AppRecIds.writeMain(out, ns, top.getIdentifier(), IdentifierTypes.ORGANISATION_LIST);
        for (Organization dept : units.subList(1, units.size())) {
            out.start(ns, "Dept");
            CodedValue.writeCs(out, ns, "Type", dept.hasType() ? dept.getTypeFirstRep().getCodingFirstRep() : null);
            out.text(ns, "Name", dept.getName());
            AppRecIds.writeMain(out, ns, dept.getIdentifier(), IdentifierTypes.ORGANISATION_LIST);
            AppRecIds.writeAdditional(out, ns, dept.getIdentifier(), IdentifierTypes.ORGANISATION_LIST);
            out.end();
        }
        AppRecIds.writeAdditional(out, ns, top.getIdentifier(), IdentifierTypes.ORGANISATION_LIST);
        if (tree.professional() != null) {
            out.start(ns, "HCPerson");
            person(out, ns, practitioner(bundle, tree.professional()));
            out.end();
        }
        out.end();
    }

    private static void person(KithXmlWriter out, String ns, Practitioner practitioner) {
        out.text(ns, "Name", practitioner.hasName() ? name(practitioner.getNameFirstRep()) : null);
        AppRecIds.writeMain(out, ns, practitioner.getIdentifier(), IdentifierTypes.PERSON_LIST);
        AppRecIds.writeAdditional(out, ns, practitioner.getIdentifier(), IdentifierTypes.PERSON_LIST);
    }

    private static String name(HumanName name) {
        return name.hasText() ? name.getText() : name.getNameAsSingleString();
    }

    private static Practitioner practitioner(Bundle bundle, PractitionerRole role) {
        return Bundles.resolve(bundle, role.getPractitioner()).filter(Practitioner.class::isInstance)
                .map(Practitioner.class::cast).orElse(new Practitioner());
    }
}
