package no.samport.directory.gp.fhir;

import java.util.List;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListServing;
import no.samport.directory.gp.Membership;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * The patient's GP on a day as {@code Patient.generalPractitioner} (no-basis allows Organization, Practitioner and
 * PractitionerRole): the PractitionerRole of each doctor serving the list that day (the fastlege, the delelegene, or
 * the vikar), then the office; the list itself is in the bundle as a Group with the patient as member.
 */
public final class GeneralPractitionerMapper {

    private GeneralPractitionerMapper() {
    }

    public static Bundle toFhir(Membership membership, GpContract contract, ListGroupMapper.Figures figures,
                                ListServing serving) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Reference group = ListGroupMapper.addTo(bundle, withServingOnly(contract, serving), figures, List.of(membership));
        Group list = Bundles.resolve(bundle, group).map(Group.class::cast).orElseThrow();
        Reference patientRef = list.getMemberFirstRep().getEntity();
        Patient patient = (Patient) Bundles.resolve(bundle, patientRef).orElseThrow();
        list.getExtensionsByUrl(no.samport.plugin.api.fhir.GpListConventions.EXT_DOCTOR)
                .forEach(e -> patient.addGeneralPractitioner((Reference) e.getValue()));
        patient.addGeneralPractitioner(list.getManagingEntity());
        return bundle;
    }

    private static GpContract withServingOnly(GpContract contract, ListServing serving) {
        List<Doctor> doctors = serving.doctors();
        return new GpContract(contract.id(), contract.office(), contract.municipality(), contract.maxPatients(),
                contract.status(), contract.validity(), contract.model(), doctors, contract.provenance());
    }
}
