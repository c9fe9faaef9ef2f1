package no.samport.directory.gp.fhir;

import static no.samport.directory.gp.TestContracts.fastlege;
import static no.samport.directory.gp.TestContracts.vikar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.directory.gp.Competence;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.TestContracts;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.change.GpChange;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingGroup;
import no.samport.directory.gp.waiting.WaitingStatus;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

class GpFhirMappingTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final ListedPatient ASTRID = new ListedPatient("12835412316", "Fjelltun", "Astrid",
            LocalDate.of(1954, 3, 12), "2", "5028");
    private final GpContract contract = new GpContract("5099-017", TestContracts.LADE, "5099", 1100,
            ContractStatus.FAAA, Period.from(LocalDate.of(2011, 8, 1)), ContractModel.AVTALE_8_2,
            List.of(fastlege("9100001", "8300201", LocalDate.of(2011, 8, 1), LocalDate.of(2023, 12, 31)),
                    vikar("9100002", "8300202", LocalDate.of(2024, 1, 1), null)), TestContracts.FLR);

    /** A change message as a source would send it, read back from JSON. */
    private static Bundle message(String event, String changeId, Instant recorded, Group group, Bundle with) {
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(GpListConventions.EVENT, event, null));
        header.getSource().setName("kommune").setEndpoint("urn:example:kommune");
        Bundle bundle = Bundles.newMessage(changeId, Date.from(recorded), header);
        if (with != null) {
            with.getEntry().forEach(e -> bundle.addEntry(e.copy()));
        }
        header.addFocus(group != null ? Bundles.add(bundle, group)
                : new Reference(with.getEntry().stream().filter(e -> e.getResource() instanceof Group).findFirst()
                .orElseThrow().getFullUrl()));
        return FHIR.newJsonParser().parseResource(Bundle.class, FHIR.newJsonParser().encodeResourceToString(bundle));
    }

    private static ChangeEnvelope read(Bundle message) {
        return new ChangeMessageReader(id -> Optional.of("5099")).read(message);
    }

    @Test
    void aContractReadsBackFromItsGroupWithOfficeDoctorsAndTerms() {
        Bundle bundle = new Bundle();
        ListGroupMapper.addTo(bundle, contract, new ListGroupMapper.Figures(1080, 20, 3, null), List.of());

        ChangeEnvelope change = read(message(GpListConventions.Events.CONTRACT_CHANGED, "c-1",
                Instant.parse("2024-01-15T10:00:00Z"), null, bundle));

        GpChange.ContractChanged read = (GpChange.ContractChanged) change.change();
        assertThat(read.contract()).usingRecursiveComparison().ignoringFields("provenance").isEqualTo(contract);
        assertThat(read.reportedListed()).as("Group.quantity is the source's count").isEqualTo(1080);
        assertThat(change.provenance()).isEqualTo(new Provenance("kommune", Instant.parse("2024-01-15T10:00:00Z")));
    }

    @Test
    void aDoctorsCompetenceTravelsAsAPractitionerQualification() {
        // GL-20: the competence in allmennmedisin comes in with the contract's doctors
        GpContract withCompetence = new GpContract("1804-031", TestContracts.LADE, "5099", 800, ContractStatus.FAAA,
                Period.from(LocalDate.of(2019, 8, 1)), ContractModel.FASTLONN, List.of(new Doctor("9144889",
                "Ola Nullhjemmel", null, null, DoctorRelationship.LPFL, null, Period.from(LocalDate.of(2019, 8, 1)),
                Competence.NEITHER)), TestContracts.FLR);
        Bundle bundle = new Bundle();
        ListGroupMapper.addTo(bundle, withCompetence, new ListGroupMapper.Figures(0, 800, 0, null), List.of());

        Practitioner practitioner = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Practitioner.class::isInstance).map(Practitioner.class::cast).findFirst().orElseThrow();
        assertThat(practitioner.getQualificationFirstRep().getCode().getCodingFirstRep().getSystem())
                .isEqualTo(GpListConventions.COMPETENCE);
        GpChange.ContractChanged read = (GpChange.ContractChanged) read(message(
                GpListConventions.Events.CONTRACT_CHANGED, "c-comp", Instant.parse("2019-07-20T10:00:00Z"), null,
                bundle)).change();
        assertThat(read.contract().doctors()).singleElement().extracting(Doctor::competence)
                .isEqualTo(Competence.NEITHER);
    }

    @Test
    void aVacantContractsRecruitmentAdvertsReadBackFromTheGroup() {
        // GL-07: the adverts of a vacant contract come in with the contract
        GpContract advertised = new GpContract(contract.id(), contract.office(), contract.municipality(),
                contract.maxPatients(), contract.status(), contract.validity(), contract.model(), contract.doctors(),
                contract.provenance(), List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2023, 11, 15)));
        Bundle bundle = new Bundle();
        ListGroupMapper.addTo(bundle, advertised, new ListGroupMapper.Figures(0, 0, 0, null), List.of());

        GpChange.ContractChanged read = (GpChange.ContractChanged) read(message(
                GpListConventions.Events.CONTRACT_CHANGED, "c-adv", Instant.parse("2024-02-02T10:00:00Z"), null,
                bundle)).change();

        assertThat(read.contract().adverts()).containsExactly(LocalDate.of(2023, 11, 15), LocalDate.of(2024, 2, 1));
    }

    @Test
    void anUnknownCompetenceCodeIsRefusedNamingTheElement() {
        Bundle bundle = new Bundle();
        ListGroupMapper.addTo(bundle, contract, new ListGroupMapper.Figures(0, 0, 0, null), List.of());
        bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Practitioner.class::isInstance)
                .map(Practitioner.class::cast).findFirst().orElseThrow().addQualification().getCode()
                .addCoding(new Coding(GpListConventions.COMPETENCE, "allmennlege", null));

        assertThatThrownBy(() -> read(message(GpListConventions.Events.CONTRACT_CHANGED, "c-bad",
                Instant.parse("2024-01-15T10:00:00Z"), null, bundle)))
                .isInstanceOf(InvalidGpDataException.class)
                .hasMessageContaining("qualification: 'allmennlege' is not a competence");
    }

    @Test
    void aJoinCarriesThePersonTheDayTheBeginCodeAndTheHomeMunicipality() {
        Bundle bundle = new Bundle();
        ListGroupMapper.addTo(bundle, contract, new ListGroupMapper.Figures(1080, 20, null, null), List.of(
                new Membership(1, contract.id(), ASTRID, Period.from(LocalDate.of(2024, 2, 1)), "OTOB", null, null,
                        TestContracts.FLR)));

        GpChange.MemberAdded added = (GpChange.MemberAdded) read(message(GpListConventions.Events.MEMBER_ADDED, "m-1",
                Instant.parse("2024-01-20T08:00:00Z"), null, bundle)).change();

        assertThat(added.contractId()).isEqualTo("5099-017");
        assertThat(added.patient()).isEqualTo(ASTRID);
        assertThat(added.from()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(added.beginCode()).isEqualTo("OTOB");
    }

    @Test
    void aWrongFodselsnummerIsReportedWithItsPathNeverItsValue() {
        Group group = new Group();
        group.addIdentifier().setSystem(GpListConventions.CONTRACT_ID).setValue("5099-017");
        group.addMember().setEntity(new Reference().setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                .setSystem("urn:oid:2.16.578.1.12.4.1.4.1").setValue("12835412317")))
                .getPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2024-02-01"));

        assertThatThrownBy(() -> read(message(GpListConventions.Events.MEMBER_ADDED, "m-2", Instant.now(), group,
                null))).isInstanceOf(InvalidGpDataException.class)
                .hasMessageContaining("Group.member[0].entity.identifier")
                .hasMessageNotContaining("12835412317");
    }

    @Test
    void aMessageWithoutIdTimeOrKnownEventIsRefusedSayingWhatIsMissing() {
        Group group = new Group();
        Bundle noEvent = message("gp-list-renamed", "x-1", Instant.now(), group, null);

        assertThatThrownBy(() -> read(noEvent)).hasMessageContaining("event 'gp-list-renamed'");
        noEvent.getIdentifier().setValue(null);
        assertThatThrownBy(() -> read(noEvent)).hasMessageContaining("Bundle.identifier.value");
    }

    @Test
    void aWaitingEntryReadsBackFromItsTask() {
        WaitingEntry entry = new WaitingEntry(UUID.randomUUID(), "V-17", ASTRID, "5099", null,
                WaitingGroup.GP_ELSEWHERE, Instant.parse("2023-10-01T07:00:00Z"), WaitingStatus.WAITING, null, null,
                new Provenance("kommune", Instant.parse("2023-10-01T07:00:00Z")));
        Bundle bundle = new Bundle();
        WaitingTaskMapper.addTo(bundle, entry);
        Task task = Bundles.first(bundle, Task.class).orElseThrow();
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(GpListConventions.EVENT, GpListConventions.Events.WAITING_ADDED, null));
        header.getSource().setName("kommune");
        Bundle message = Bundles.newMessage("w-1", new Date(), header);
        bundle.getEntry().forEach(e -> message.addEntry(e.copy()));
        header.addFocus(new Reference("urn:uuid:" + entry.id()));

        GpChange.WaitingAdded read = (GpChange.WaitingAdded) read(message).change();

        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(read.entry()).usingRecursiveComparison().ignoringFields("id", "provenance").isEqualTo(entry);
    }

    @Test
    void theSameChangeWrittenWithOtherResourceIdsHasTheSameFingerprint() {
        Bundle first = new Bundle();
        ListGroupMapper.addTo(first, contract, new ListGroupMapper.Figures(1080, 20, null, null), List.of());
        Bundle second = new Bundle();
        ListGroupMapper.addTo(second, contract, new ListGroupMapper.Figures(1080, 20, null, null), List.of());
        Instant at = Instant.parse("2024-01-15T10:00:00Z");

        assertThat(read(message(GpListConventions.Events.CONTRACT_CHANGED, "c-9", at, null, first)).fingerprint())
                .isEqualTo(read(message(GpListConventions.Events.CONTRACT_CHANGED, "c-9", at, null, second))
                        .fingerprint());
    }
}
