package no.samport.directory.gp.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.samport.directory.gp.Capacity;
import no.samport.directory.gp.CompetenceRule;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.change.GpChange;
import no.samport.directory.gp.jdbc.JdbcReportedFigures;

/** Applies contract changes: a new contract, a changed cap, status, period, model or set of doctors. */
final class ContractChanges {

    private final GpRepositories repositories;

    ContractChanges(GpRepositories repositories) {
        this.repositories = repositories;
    }

    Effect apply(GpChange.ContractChanged change, Instant now) {
        GpContract contract = change.contract();
        if (change.reportedListed() != null) {
            // the source's own count of the list, compared with Samport's in the reconciliation report
            repositories.figures().record(new JdbcReportedFigures.Figure(contract.provenance().source(),
                    "contract:" + contract.id(), "listed",
                    YearMonth.from(GpTime.day(contract.provenance().sourceTime())).toString(),
                    change.reportedListed(), contract.provenance().sourceTime()));
        }
        Optional<GpContract> stored = repositories.contracts().find(contract.id());
        if (stored.isPresent() && sameTerms(stored.get(), contract)) {
            return Effect.unchanged("contract " + contract.id() + " already has these terms: nothing changed",
                    contract.id());
        }
        repositories.contracts().save(contract, now);
        LocalDate today = GpTime.day(now);
        int listed = repositories.memberships().listedOn(contract.id(), today);
        List<String> changes = stored.map(before -> differences(before, contract)).orElse(List.of("new contract"));
        String detail = "contract " + contract.id() + ": " + String.join(", ", changes) + "; " + listed
                + " listed, " + Capacity.freePlaces(contract, listed, today) + " free places"
                + Capacity.whyNoNewPatient(contract, listed, today).map(why -> " (" + why + ")").orElse("");
        List<String> compliance = CompetenceRule.newFindings(stored.orElse(null), contract);
        return Effect.applied(detail + (compliance.isEmpty() ? "" : "; " + compliance.size()
                + " compliance finding(s) recorded"), contract.id(), Set.of(contract.id())).withCompliance(compliance);
    }

    private static boolean sameTerms(GpContract a, GpContract b) {
        return a.office().equals(b.office()) && a.municipality().equals(b.municipality())
                && a.maxPatients() == b.maxPatients() && a.status() == b.status() && a.validity().equals(b.validity())
                && a.model() == b.model() && a.doctors().equals(b.doctors()) && a.adverts().equals(b.adverts());
    }

    private static List<String> differences(GpContract before, GpContract after) {
        List<String> changes = new ArrayList<>();
        if (before.maxPatients() != after.maxPatients()) {
            changes.add("cap " + before.maxPatients() + " -> " + after.maxPatients());
        }
        if (before.status() != after.status()) {
            changes.add("status " + before.status().code() + " -> " + after.status().code());
        }
        if (!before.validity().equals(after.validity())) {
            changes.add("period " + before.validity().from() + ".." + before.validity().to() + " -> "
                    + after.validity().from() + ".." + after.validity().to());
        }
        if (!Objects.equals(before.office().orgNr(), after.office().orgNr())) {
            changes.add("office " + before.office().orgNr() + " -> " + after.office().orgNr());
        }
        if (!before.doctors().equals(after.doctors())) {
            changes.add("doctors " + before.doctors().size() + " -> " + after.doctors().size());
        }
        if (!before.adverts().equals(after.adverts())) {
            changes.add("recruitment adverts " + before.adverts().size() + " -> " + after.adverts().size());
        }
        if (before.model() != after.model() || !before.municipality().equals(after.municipality())
                || !before.office().equals(after.office())) {
            changes.add("office or contract details");
        }
        return changes;
    }
}
