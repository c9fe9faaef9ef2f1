package no.samport.directory.gp.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samport.directory.gp.Capacity;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.GpChange;
import no.samport.directory.gp.jdbc.JdbcListEvents;

/**
 * Applies joins and leaves. A join ends the person's membership on another list the day before (a switch); a join
 * that contradicts what is stored (already listed, a later listing known, a list that takes no one new) and a leave
 * from a list the person is not on are reported, not applied.
 */
final class MembershipChanges {

    private final GpRepositories repositories;

    MembershipChanges(GpRepositories repositories) {
        this.repositories = repositories;
    }

    Effect added(GpChange.MemberAdded change, Provenance provenance, Instant now) {
        Optional<GpContract> found = repositories.contracts().find(change.contractId());
        if (found.isEmpty()) {
            return Effect.unknownContract(change.contractId());
        }
        GpContract contract = found.get();
        List<Membership> history = repositories.memberships().ofPatient(change.patient().nin());
        for (Membership m : history) {
            if (m.contractId().equals(contract.id()) && m.activeOn(change.from())) {
                return m.period().from().equals(change.from())
                        ? Effect.unchanged("the person is already on the list of contract " + contract.id() + " from "
                        + change.from() + ": nothing changed", contract.id())
                        : Effect.contradiction("the person has been on the list of contract " + contract.id()
                        + " since " + m.period().from() + ", not from " + change.from() + ": not applied", contract.id());
            }
            if (!m.period().from().isBefore(change.from())) {
                return Effect.contradiction("Samport knows a listing from " + m.period().from() + " (contract "
                        + m.contractId() + ") that a join on " + change.from() + " cannot precede: not applied",
                        contract.id());
            }
        }
        int listed = repositories.memberships().listedOn(contract.id(), change.from());
        Optional<String> full = Capacity.whyNoNewPatient(contract, listed, change.from());
        if (full.isPresent()) {
            return Effect.contradiction(full.get() + ": the join on " + change.from() + " is not applied",
                    contract.id());
        }
        Set<String> opened = new LinkedHashSet<>();
        String left = "";
        Optional<Membership> previous = repositories.memberships().activeOn(change.patient().nin(), change.from());
        if (previous.isPresent()) {
            Membership before = previous.get();
            repositories.memberships().end(before.id(), change.from().minusDays(1), null, provenance);
            repositories.events().add(before.contractId(), before.id(), JdbcListEvents.Kind.LEFT,
                    change.from().minusDays(1), now);
            opened.add(before.contractId());
            left = "; left the list of contract " + before.contractId() + " on " + change.from().minusDays(1);
        }
        repositories.memberships().savePatient(change.patient(), now);
        long id = repositories.memberships().add(contract.id(), change.patient(), Period.from(change.from()),
                change.beginCode(), change.navOffice(), provenance);
        repositories.events().add(contract.id(), id, JdbcListEvents.Kind.JOINED, change.from(), now);
        return Effect.applied("put on the list of contract " + contract.id() + " from " + change.from()
                + (change.beginCode() == null ? "" : " (begin code " + change.beginCode() + ")") + left,
                contract.id(), opened);
    }

    Effect ended(GpChange.MemberEnded change, Provenance provenance, Instant now) {
        Optional<Membership> latest = repositories.memberships().ofPatient(change.patientNin()).stream()
                .filter(m -> m.contractId().equals(change.contractId()))
                .findFirst();
        if (latest.isEmpty()) {
            return Effect.contradiction("the person is not on the list of contract " + change.contractId()
                    + ": the leave is not applied", change.contractId());
        }
        Membership m = latest.get();
        if (m.period().to() != null) {
            return m.period().to().equals(change.to())
                    ? Effect.unchanged("the person left the list of contract " + m.contractId() + " on "
                    + change.to() + " already: nothing changed", m.contractId())
                    : Effect.contradiction("the person left the list of contract " + m.contractId() + " on "
                    + m.period().to() + ", not on " + change.to() + ": not applied", m.contractId());
        }
        if (change.to().isBefore(m.period().from())) {
            return Effect.contradiction("the person joined the list of contract " + m.contractId() + " on "
                    + m.period().from() + ": cannot leave it on " + change.to() + " before that", m.contractId());
        }
        repositories.memberships().end(m.id(), change.to(), change.endCode(), provenance);
        repositories.events().add(m.contractId(), m.id(), JdbcListEvents.Kind.LEFT, change.to(), now);
        return Effect.applied("left the list of contract " + m.contractId() + " on " + change.to()
                + (change.endCode() == null ? "" : " (end code " + change.endCode() + ")"), m.contractId(),
                Set.of(m.contractId()));
    }
}
