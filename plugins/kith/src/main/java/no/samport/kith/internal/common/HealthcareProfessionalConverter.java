package no.samport.kith.internal.common;

import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.w3c.dom.Element;

/**
 * {@code HealthcareProfessional} (MsgHead and {@code dia:}) to and from a {@code PractitionerRole} (code =
 * {@code RoleToPatient}, 9034; organization = the {@code Organisation} it sits in) and its {@code Practitioner}
 * (qualification = {@code TypeHealthcareProfessional}, 9060; person fields).
 */
public final class HealthcareProfessionalConverter {

    private HealthcareProfessionalConverter() {
    }

    /**
     * Reads a HealthcareProfessional into the bundle.
     *
     * @param organization the unit the professional belongs to, or null
     * @param identRequired whether at least one {@code Ident} is required (MsgHead: yes; dialogue: no)
     * @return a reference to the PractitionerRole
     */
    public static Reference read(Element element, PersonConverter.Layout layout, Reference organization, Bundle bundle,
                                 boolean identRequired, ReadContext context) throws MessageRejectedException {
        Practitioner practitioner = new Practitioner();
        CodedValue type = CodedValue.cs(context.child(element, layout.ownNs(), "TypeHealthcareProfessional"), context);
        if (type != null) {
            practitioner.addQualification().getCode().addCoding(type.toCoding(Systems.HEALTHCARE_PROFESSIONAL_CATEGORY));
        }
        PersonConverter.read(element, layout, practitioner, context);
        if (identRequired && !practitioner.hasIdentifier()) {
            throw context.invalid(element, "HealthcareProfessional has no Ident");
        }
        PractitionerRole role = new PractitionerRole();
        role.setPractitioner(Bundles.add(bundle, practitioner));
        role.setOrganization(organization);
        CodedValue roleToPatient = CodedValue.cv(context.child(element, layout.ownNs(), "RoleToPatient"), context);
        if (roleToPatient != null) {
            role.addCode(roleToPatient.toConcept());
        }
        return Bundles.add(bundle, role);
    }

    /** Writes a PractitionerRole (or a bare Practitioner) as {@code HealthcareProfessional}. */
    public static void write(KithXmlWriter out, Bundle bundle, Resource resource,
                             PersonConverter.Layout layout, boolean identRequired) throws MessageRejectedException {
        PractitionerRole role = resource instanceof PractitionerRole r ? r : new PractitionerRole();
        Practitioner practitioner = resource instanceof Practitioner p ? p
                : Bundles.resolve(bundle, role.getPractitioner()).filter(Practitioner.class::isInstance)
                .map(Practitioner.class::cast).orElse(new Practitioner());
        String ns = layout.ownNs();
        out.start(ns, "HealthcareProfessional");
        CodedValue.writeCs(out, ns, "TypeHealthcareProfessional",
                practitioner.hasQualification() ? practitioner.getQualificationFirstRep().getCode().getCodingFirstRep() : null);
        CodedValue.writeCv(out, ns, "RoleToPatient", role.hasCode() ? role.getCodeFirstRep() : null);
        int idents = PersonConverter.write(out, practitioner, layout);
        if (identRequired && idents == 0) {
            throw new MessageRejectedException(AppRecError.T99,
                    "Cannot write a HealthcareProfessional without an identifier (HER-id or HPR-nummer)");
        }
        out.end();
    }
}
