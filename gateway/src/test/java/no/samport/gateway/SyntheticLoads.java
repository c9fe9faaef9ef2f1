package no.samport.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.change.ChangeOutcome;
import no.samport.directory.gp.change.ChangeResult;
import no.samport.directory.gp.change.Fingerprints;
import no.samport.directory.gp.change.GpChange;
import no.samport.directory.gp.service.DeferredOffers;
import no.samport.directory.gp.service.GpListChanges;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingGroup;
import no.samport.directory.gp.waiting.WaitingStatus;
import no.samport.testfixtures.gplists.SyntheticMunicipality;

/** A generated municipality as the changes that load it: its contracts, each list's snapshot, its waiting list. */
public final class SyntheticLoads {

    private SyntheticLoads() {
    }

    /**
     * Loads a generated municipality through the change service: contracts and lists from {@code registry}, the
     * waiting list from {@code municipality}, places offered once at the end; fails unless every change applied.
     */
    public static void load(GpListChanges changes, SyntheticMunicipality m, Provenance registry,
                            Provenance municipality) {
        DeferredOffers deferred = new DeferredOffers();
        List<ChangeEnvelope> all = new ArrayList<>(contractsAndLists(m, registry));
        all.addAll(waitingList(m, municipality));
        List<ChangeResult> results = changes.applyAll(all, deferred);
        if (results.stream().anyMatch(r -> r == null || r.outcome() != ChangeOutcome.APPLIED)) {
            throw new IllegalStateException("Not every change of " + m.name() + " was applied");
        }
        changes.offer(deferred);
    }

    public static List<ChangeEnvelope> contractsAndLists(SyntheticMunicipality m, Provenance provenance) {
        List<ChangeEnvelope> changes = new ArrayList<>();
        Map<String, List<SyntheticMunicipality.Listing>> lists = m.listingsByContract();
        for (SyntheticMunicipality.Contract c : m.contracts()) {
            GpContract contract = contract(m, c, provenance);
            changes.add(envelope("contract-" + c.id(), new GpChange.ContractChanged(contract, null), provenance));
            List<GpChange.SnapshotMember> members = lists.getOrDefault(c.id(), List.of()).stream()
                    .map(l -> new GpChange.SnapshotMember(patient(l.person()), Period.from(l.from()), "OTOB", null,
                            null))
                    .toList();
            changes.add(envelope("list-" + c.id(), new GpChange.ListSnapshot(c.id(), members, members.size()),
                    provenance));
        }
        return changes;
    }

    public static List<ChangeEnvelope> waitingList(SyntheticMunicipality m, Provenance provenance) {
        return m.waiting().stream().map(w -> envelope(w.entryId(), new GpChange.WaitingAdded(new WaitingEntry(
                UUID.randomUUID(), w.entryId(), patient(w.person()), m.code(), w.contractId(),
                WaitingGroup.fromCode(w.group()).orElse(null), w.joinedAt(), WaitingStatus.WAITING, null, null,
                provenance)), provenance)).toList();
    }

    public static GpContract contract(SyntheticMunicipality m, SyntheticMunicipality.Contract c, Provenance provenance) {
        SyntheticMunicipality.Office o = m.office(c.officeOrgNr());
        List<Doctor> doctors = c.doctors().stream().map(d -> new Doctor(d.hpr(), d.name(), d.herId(), d.nin(),
                DoctorRelationship.valueOf(d.relationship()), null, new Period(d.from(), d.to()))).toList();
        return new GpContract(c.id(), new GpOffice(o.orgNr(), o.herId(), o.name(), m.code()), m.code(), c.cap(),
                ContractStatus.valueOf(c.status()), Period.from(c.validFrom()),
                ContractModel.fromCode(c.model()).orElse(null), doctors, provenance);
    }

    public static ListedPatient patient(SyntheticMunicipality.Person p) {
        return new ListedPatient(p.nin(), p.familyName(), p.givenName(), p.birthDate(), p.sex(), p.homeMunicipality());
    }

    private static ChangeEnvelope envelope(String id, GpChange change, Provenance provenance) {
        return new ChangeEnvelope(id, provenance, Fingerprints.of(change, provenance), change);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
