package no.samport.directory.gp.fhir;

import java.util.List;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListServing;
import no.samport.directory.gp.Membership;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.UnsignedIntType;

/**
 * Writes a GP contract's list as a {@code Group} (ARCHITECTURE.md §3): identifier = contract id, managingEntity = the
 * office, quantity = patients listed, extensions for cap, free places, waiting count, status, period, municipality,
 * contract model, how the list is served and its doctors (PractitionerRoles); members with period, begin/end codes and
 * home municipality. docs/mapping/gp-lists.md lists every element.
 */
public final class ListGroupMapper {

    /** A list's figures on a day. */
    public record Figures(int listed, int freePlaces, Integer waiting, ListServing serving) {
    }

    private ListGroupMapper() {
    }

    /** Adds the Group, its office and doctors, and a Patient per member to the bundle; returns the Group's reference. */
    public static Reference addTo(Bundle bundle, GpContract contract, Figures figures, List<Membership> members) {
        Reference office = Bundles.add(bundle, OfficeMapper.toFhir(contract.office()));
        Group group = new Group();
        group.addIdentifier(GpCodings.identifier(GpListConventions.CONTRACT_ID, contract.id()));
        group.setType(Group.GroupType.PERSON).setActual(true);
        group.setName("Fastlegeliste " + contract.id() + ", " + contract.office().name());
        group.setActive(contract.status() == no.samport.directory.gp.ContractStatus.FAAA);
        group.setManagingEntity(office);
        group.setQuantity(figures.listed());
        GpCodings.extension(group, GpListConventions.EXT_LIST_CAP, new UnsignedIntType(contract.maxPatients()));
        GpCodings.extension(group, GpListConventions.EXT_FREE_PLACES, new UnsignedIntType(figures.freePlaces()));
        if (figures.waiting() != null) {
            GpCodings.extension(group, GpListConventions.EXT_WAITING_COUNT, new UnsignedIntType(figures.waiting()));
        }
        GpCodings.extension(group, GpListConventions.EXT_CONTRACT_STATUS, new Coding(
                GpListConventions.CONTRACT_STATUS, contract.status().code(), contract.status().display()));
        GpCodings.extension(group, GpListConventions.EXT_CONTRACT_PERIOD, GpCodings.period(contract.validity()));
        GpCodings.extension(group, GpListConventions.EXT_MUNICIPALITY, GpCodings.municipality(contract.municipality()));
        if (contract.model() != null) {
            GpCodings.extension(group, GpListConventions.EXT_CONTRACT_MODEL, new Coding(
                    GpListConventions.CONTRACT_MODEL, contract.model().code(), contract.model().display()));
        }
        if (figures.serving() != null) {
            GpCodings.extension(group, GpListConventions.EXT_SERVING,
                    new Coding(GpListConventions.SERVING, figures.serving().kind().code(), null));
        }
        for (java.time.LocalDate advert : contract.adverts()) {
            GpCodings.extension(group, GpListConventions.EXT_RECRUITMENT_ADVERT, new DateType(advert.toString()));
        }
        for (Doctor doctor : contract.doctors()) {
            GpCodings.extension(group, GpListConventions.EXT_DOCTOR, DoctorMapper.addTo(bundle, doctor, office));
        }
        for (Membership membership : members) {
            addMember(bundle, group, membership);
        }
        return Bundles.add(bundle, group);
    }

    private static void addMember(Bundle bundle, Group group, Membership membership) {
        Group.GroupMemberComponent member = group.addMember()
                .setEntity(Bundles.add(bundle, PatientMapper.toFhir(membership.patient())))
                .setPeriod(GpCodings.period(membership.period()))
                .setInactive(membership.period().to() != null);
        if (membership.beginCode() != null) {
            GpCodings.extension(member, GpListConventions.EXT_BEGIN_CODE,
                    new Coding(GpListConventions.BEGIN_CODE, membership.beginCode(), null));
        }
        if (membership.endCode() != null) {
            GpCodings.extension(member, GpListConventions.EXT_END_CODE,
                    new Coding(GpListConventions.END_CODE, membership.endCode(), null));
        }
        if (membership.patient().homeMunicipality() != null) {
            GpCodings.extension(member, GpListConventions.EXT_HOME_MUNICIPALITY,
                    GpCodings.municipality(membership.patient().homeMunicipality()));
        }
        if (membership.navOffice() != null) {
            GpCodings.extension(member, GpListConventions.EXT_NAV_OFFICE,
                    new org.hl7.fhir.r4.model.StringType(membership.navOffice()));
        }
    }
}
