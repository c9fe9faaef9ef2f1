package no.samport.directory.gp.fhir;

import no.samport.directory.gp.Competence;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.plugin.api.fhir.GpListConventions;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import no.samport.plugin.api.fhir.Bundles;

/**
 * A doctor on a contract as a {@code PractitionerRole}: code = the 9034 role to the patient (6 Fastlege, 15 Vikar for
 * fastlege) and the 7750 relationship (LPFL, LPVI, LPDL); period; practitioner with HPR, HER-id, fødselsnummer and the
 * competence in allmennmedisin as a qualification (GL-20).
 */
public final class DoctorMapper {

    private DoctorMapper() {
    }

    /** Adds the doctor's Practitioner and PractitionerRole to the bundle; returns a reference to the role. */
    public static Reference addTo(Bundle bundle, Doctor doctor, Reference office) {
        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier(GpCodings.identifier(Systems.HPR, doctor.hpr()));
        if (doctor.herId() != null) {
            practitioner.addIdentifier(GpCodings.identifier(Systems.HER, doctor.herId()));
        }
        if (doctor.nin() != null) {
            practitioner.addIdentifier(GpCodings.identifier(Systems.FNR, doctor.nin()));
        }
        if (doctor.name() != null) {
            practitioner.addName(new HumanName().setText(doctor.name()));
        }
        if (doctor.competence() != null) {
            practitioner.addQualification().setCode(new CodeableConcept(new Coding(GpListConventions.COMPETENCE,
                    doctor.competence().code(), doctor.competence().display())));
        }
        PractitionerRole role = new PractitionerRole();
        role.setPractitioner(Bundles.add(bundle, practitioner));
        role.setOrganization(office);
        DoctorRelationship relationship = doctor.relationship();
        role.addCode(new CodeableConcept()
                .addCoding(new Coding(Systems.ROLE_TO_PATIENT, relationship.roleToPatient(),
                        relationship.roleToPatientDisplay()))
                .addCoding(new Coding(GpListConventions.RELATIONSHIP, relationship.code(), relationship.display())));
        role.setPeriod(GpCodings.period(doctor.period()));
        if (doctor.substituteForHpr() != null) {
            GpCodings.extension(role, GpListConventions.EXT_SUBSTITUTE_FOR,
                    GpCodings.identifier(Systems.HPR, doctor.substituteForHpr()));
        }
        return Bundles.add(bundle, role);
    }

    public static Doctor fromFhir(Bundle bundle, PractitionerRole role, String where) {
        Practitioner practitioner = Bundles.resolve(bundle, role.getPractitioner())
                .filter(Practitioner.class::isInstance).map(Practitioner.class::cast)
                .orElseThrow(() -> new InvalidGpDataException(where + ".practitioner does not point to a "
                        + "Practitioner in the bundle"));
        String hpr = GpCodings.identifier(practitioner.getIdentifier(), Systems.HPR).orElseThrow(() ->
                new InvalidGpDataException(where + ".practitioner has no HPR number (" + Systems.HPR + ")"));
        DoctorRelationship relationship = role.getCode().stream()
                .flatMap(c -> c.getCoding().stream())
                .filter(c -> GpListConventions.RELATIONSHIP.equals(c.getSystem()))
                .map(c -> DoctorRelationship.fromCode(c.getCode()).orElseThrow(() -> new InvalidGpDataException(
                        where + ".code: '" + c.getCode() + "' is not a 7750 relationship (LPFL, LPVI, LPDL)")))
                .findFirst()
                .orElseThrow(() -> new InvalidGpDataException(where + ".code has no 7750 relationship ("
                        + GpListConventions.RELATIONSHIP + ")"));
        String substituteFor = GpCodings.value(role, GpListConventions.EXT_SUBSTITUTE_FOR)
                .filter(Identifier.class::isInstance).map(v -> ((Identifier) v).getValue()).orElse(null);
        String name = practitioner.hasName() ? text(practitioner.getNameFirstRep()) : null;
        return new Doctor(hpr, name, GpCodings.identifier(practitioner.getIdentifier(), Systems.HER).orElse(null),
                GpCodings.identifier(practitioner.getIdentifier(), Systems.FNR).orElse(null), relationship,
                substituteFor, GpCodings.period(role.getPeriod(), where + ".period"), competence(practitioner, where));
    }

    /** The competence in {@code Practitioner.qualification} (GL-20), or null when none is given in Samport's system. */
    private static Competence competence(Practitioner practitioner, String where) {
        return practitioner.getQualification().stream()
                .flatMap(q -> q.getCode().getCoding().stream())
                .filter(c -> GpListConventions.COMPETENCE.equals(c.getSystem()))
                .map(c -> Competence.fromCode(c.getCode()).orElseThrow(() -> new InvalidGpDataException(where
                        + ".practitioner.qualification: '" + c.getCode() + "' is not a competence in "
                        + GpListConventions.COMPETENCE + " (spesialist, under-spesialisering, ingen)")))
                .findFirst().orElse(null);
    }

    private static String text(HumanName name) {
        return name.hasText() ? name.getText() : name.getNameAsSingleString();
    }
}
