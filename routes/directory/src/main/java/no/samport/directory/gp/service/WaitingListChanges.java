package no.samport.directory.gp.service;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.MunicipalitySettings;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.GpChange;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingListModel;
import no.samport.directory.gp.waiting.WaitingStatus;

/** Applies waiting-list joins and withdrawals, in the municipality's model. */
final class WaitingListChanges {

    private final GpRepositories repositories;
    private final MunicipalitySettings municipalities;

    WaitingListChanges(GpRepositories repositories, MunicipalitySettings municipalities) {
        this.repositories = repositories;
        this.municipalities = municipalities;
    }

    Effect added(GpChange.WaitingAdded change, Instant now) {
        WaitingEntry entry = change.entry();
        String target = entry.targetContractId();
        if (target != null) {
            Optional<GpContract> contract = repositories.contracts().find(target);
            if (contract.isEmpty()) {
                return Effect.unknownContract(target);
            }
            boolean listed = repositories.memberships().activeOn(entry.patient().nin(), GpTime.day(now))
                    .filter(m -> m.contractId().equals(target)).isPresent();
            if (listed) {
                return Effect.contradiction("the person is already on the list of contract " + target
                        + ": no place to wait for", target);
            }
        } else if (municipalities.of(entry.municipality()).getWaitingListModel() == WaitingListModel.PER_GP) {
            return Effect.contradiction(municipalities.name(entry.municipality()) + " keeps a waiting list per GP: "
                    + "the entry must name the GP's list (Task.focus -> Group)", null);
        }
        Optional<WaitingEntry> open = repositories.waiting().openEntry(entry.patient().nin(), entry.municipality(),
                target);
        if (open.isPresent()) {
            return Effect.contradiction("the person has been waiting for " + where(entry) + " since "
                    + open.get().joinedAt() + " (entry " + open.get().id() + "): not added twice", target);
        }
        repositories.memberships().savePatient(entry.patient(), now);
        repositories.waiting().add(entry, now);
        Effect applied = Effect.applied("entry " + entry.id() + " waits for " + where(entry) + " since "
                + entry.joinedAt(), target, target == null ? Set.of() : Set.of(target));
        return target == null ? applied.offeringIn(entry.municipality()) : applied;
    }

    Effect withdrawn(GpChange.WaitingWithdrawn change, Provenance provenance, Instant now) {
        Optional<WaitingEntry> found = change.entryId() != null ? repositories.waiting().find(change.entryId())
                : repositories.waiting().findByExternalId(provenance.source(), change.externalId());
        if (found.isEmpty()) {
            return Effect.contradiction("no waiting-list entry " + (change.entryId() != null ? change.entryId()
                    : change.externalId() + " from " + provenance.source()) + " is known", null);
        }
        WaitingEntry entry = found.get();
        if (!entry.status().isOpen()) {
            return entry.status() == WaitingStatus.WITHDRAWN
                    ? Effect.unchanged("entry " + entry.id() + " was withdrawn already", entry.targetContractId())
                    : Effect.contradiction("entry " + entry.id() + " is " + entry.status() + ": it cannot be "
                    + "withdrawn", entry.targetContractId());
        }
        repositories.waiting().close(entry.id(), WaitingStatus.WITHDRAWN, now, null);
        Set<String> released = entry.status() == WaitingStatus.OFFERED ? Set.of(entry.offeredContractId()) : Set.of();
        return Effect.applied("entry " + entry.id() + " left " + where(entry)
                + (released.isEmpty() ? "" : "; the place it was offered goes to the next"), entry.targetContractId(),
                released);
    }

    private String where(WaitingEntry entry) {
        return entry.targetContractId() != null ? "the list of contract " + entry.targetContractId()
                : municipalities.name(entry.municipality()) + "'s waiting list";
    }
}
