package no.samport.directory.gp.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.GpChange;

/**
 * Applies a source's whole list. Onto a list Samport holds no one for, it is the initial load. Onto a list that
 * already has members it replaces nothing: the two are compared and any difference is reported for reconciliation
 * (changes arrive as joins and leaves).
 */
final class SnapshotChanges {

    private final GpRepositories repositories;

    SnapshotChanges(GpRepositories repositories) {
        this.repositories = repositories;
    }

    Effect apply(GpChange.ListSnapshot snapshot, Provenance provenance, Instant now) {
        Optional<GpContract> contract = repositories.contracts().find(snapshot.contractId());
        if (contract.isEmpty()) {
            return Effect.unknownContract(snapshot.contractId());
        }
        if (!repositories.memberships().hasAny(snapshot.contractId())) {
            int loaded = repositories.loader().load(snapshot.contractId(), snapshot.members(), provenance, now);
            return Effect.applied("loaded the list of contract " + snapshot.contractId() + ": " + loaded
                    + " memberships from " + provenance.source(), snapshot.contractId(), Set.of(snapshot.contractId()));
        }
        LocalDate day = GpTime.day(provenance.sourceTime());
        Set<String> theirs = snapshot.members().stream()
                .filter(m -> m.period().contains(day))
                .map(m -> m.patient().nin())
                .collect(Collectors.toCollection(HashSet::new));
        Set<String> ours = repositories.memberships().membersOn(snapshot.contractId(), day).stream()
                .map(Membership::patient).map(p -> p.nin())
                .collect(Collectors.toCollection(HashSet::new));
        long onlyTheirs = theirs.stream().filter(nin -> !ours.contains(nin)).count();
        long onlyOurs = ours.stream().filter(nin -> !theirs.contains(nin)).count();
        boolean countDiffers = snapshot.reportedCount() != null && snapshot.reportedCount() != theirs.size();
        if (onlyTheirs == 0 && onlyOurs == 0 && !countDiffers) {
            return Effect.unchanged("the list of contract " + snapshot.contractId() + " from " + provenance.source()
                    + " matches Samport's (" + ours.size() + " on " + day + ")", snapshot.contractId());
        }
        return Effect.disagreement("sources disagree about the list of contract " + snapshot.contractId() + " on "
                + day + ": " + provenance.source() + " lists " + theirs.size()
                + (countDiffers ? " (and states " + snapshot.reportedCount() + ")" : "") + ", Samport has "
                + ours.size() + "; " + onlyTheirs + " only in " + provenance.source() + ", " + onlyOurs
                + " only in Samport. A whole list does not overwrite one Samport holds: send the joins and leaves",
                snapshot.contractId());
    }
}
