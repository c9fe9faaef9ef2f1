package no.samport.directory.gp.fhir;

import java.util.ArrayList;
import java.util.List;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.GpChange.SnapshotMember;
import no.samport.plugin.api.fhir.GpListConventions;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/** Reads a GP contract and its list members from a {@code Group} (the reverse of {@link ListGroupMapper}). */
public final class ListGroupReader {

    private final ResourceIndex index;

    public ListGroupReader(ResourceIndex index) {
        this.index = index;
    }

    public static String contractId(Group group, String where) {
        return GpCodings.identifier(group.getIdentifier(), GpListConventions.CONTRACT_ID).orElseThrow(() ->
                new InvalidGpDataException(where + ".identifier has no contract id (" + GpListConventions.CONTRACT_ID
                        + ")"));
    }

    public GpContract contract(Group group, Provenance provenance, String where) {
        String id = contractId(group, where);
        String municipality = GpCodings.value(group, GpListConventions.EXT_MUNICIPALITY).flatMap(GpCodings::code)
                .orElseThrow(() -> missing(where, GpListConventions.EXT_MUNICIPALITY));
        Organization organization = index.resolve(group.getManagingEntity(), Organization.class)
                .orElseThrow(() -> new InvalidGpDataException(where + ".managingEntity does not point to the office's "
                        + "Organization in the bundle"));
        GpOffice office = OfficeMapper.fromFhir(organization, municipality, where + ".managingEntity");
        Extension capExtension = group.getExtensionByUrl(GpListConventions.EXT_LIST_CAP);
        if (capExtension == null || !(capExtension.getValue() instanceof IntegerType cap)) {
            throw missing(where, GpListConventions.EXT_LIST_CAP);
        }
        String statusCode = GpCodings.value(group, GpListConventions.EXT_CONTRACT_STATUS).flatMap(GpCodings::code)
                .orElseThrow(() -> missing(where, GpListConventions.EXT_CONTRACT_STATUS));
        ContractStatus status = ContractStatus.fromCode(statusCode).orElseThrow(() -> new InvalidGpDataException(
                where + ": contract status '" + statusCode + "' is not a 7751 code (FAAA, FALU, FALA)"));
        org.hl7.fhir.r4.model.Period period = GpCodings.value(group, GpListConventions.EXT_CONTRACT_PERIOD)
                .filter(org.hl7.fhir.r4.model.Period.class::isInstance).map(org.hl7.fhir.r4.model.Period.class::cast)
                .orElseThrow(() -> missing(where, GpListConventions.EXT_CONTRACT_PERIOD));
        ContractModel model = GpCodings.value(group, GpListConventions.EXT_CONTRACT_MODEL).flatMap(GpCodings::code)
                .map(code -> ContractModel.fromCode(code).orElseThrow(() -> new InvalidGpDataException(where
                        + ": contract model '" + code + "' is not one of hovedmodell, 8.2-avtale, fastlonn, "
                        + "fastlonn-bonus"))).orElse(null);
        List<Doctor> doctors = new ArrayList<>();
        List<Extension> doctorRefs = group.getExtensionsByUrl(GpListConventions.EXT_DOCTOR);
        for (int i = 0; i < doctorRefs.size(); i++) {
            String at = where + ".extension(gp-doctor)[" + i + "]";
            PractitionerRole role = index.resolve((Reference) doctorRefs.get(i).getValue(), PractitionerRole.class)
                    .orElseThrow(() -> new InvalidGpDataException(at + " does not point to a PractitionerRole"));
            doctors.add(DoctorMapper.fromFhir(index.bundle(), role, at));
        }
        List<java.time.LocalDate> adverts = new ArrayList<>();
        for (Extension advert : group.getExtensionsByUrl(GpListConventions.EXT_RECRUITMENT_ADVERT)) {
            if (!(advert.getValue() instanceof DateType date) || !date.hasValue()
                    || date.getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
                throw new InvalidGpDataException(where + ".extension(gp-recruitment-advert) needs a valueDate: the day "
                        + "the contract was advertised");
            }
            adverts.add(java.time.LocalDate.parse(date.getValueAsString()));
        }
        return new GpContract(id, office, municipality, cap.getValue(), status,
                GpCodings.period(period, where + ".extension(gp-contract-period)"), model, doctors, provenance,
                adverts);
    }

    /** The members of the Group. */
    public List<SnapshotMember> members(Group group, String where) {
        List<SnapshotMember> members = new ArrayList<>(group.getMember().size());
        for (int i = 0; i < group.getMember().size(); i++) {
            members.add(member(group.getMember().get(i), where + ".member[" + i + "]"));
        }
        return members;
    }

    public SnapshotMember member(Group.GroupMemberComponent member, String where) {
        ListedPatient patient = index.resolve(member.getEntity(), Patient.class)
                .map(p -> PatientMapper.fromFhir(p, where + ".entity"))
                .orElseGet(() -> ListedPatient.identifiedOnly(
                        PatientMapper.nin(List.of(member.getEntity().getIdentifier()), where + ".entity"), null));
        String home = GpCodings.value(member, GpListConventions.EXT_HOME_MUNICIPALITY).flatMap(GpCodings::code)
                .orElse(patient.homeMunicipality());
        ListedPatient withHome = new ListedPatient(patient.nin(), patient.familyName(), patient.givenName(),
                patient.birthDate(), patient.sex(), home);
        return new SnapshotMember(withHome, GpCodings.period(member.getPeriod(), where + ".period"),
                GpCodings.value(member, GpListConventions.EXT_BEGIN_CODE).flatMap(GpCodings::code).orElse(null),
                GpCodings.value(member, GpListConventions.EXT_END_CODE).flatMap(GpCodings::code).orElse(null),
                GpCodings.value(member, GpListConventions.EXT_NAV_OFFICE).filter(StringType.class::isInstance)
                        .map(v -> ((StringType) v).getValue()).orElse(null));
    }

    private static InvalidGpDataException missing(String where, String extension) {
        return new InvalidGpDataException(where + " has no extension " + extension);
    }
}
