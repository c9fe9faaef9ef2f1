package no.samport.directory.gp.distribution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpListsProperties;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.jdbc.JdbcDistributionCursors;
import no.samport.directory.gp.jdbc.JdbcDistributionCursors.Cursor;
import no.samport.directory.gp.jdbc.JdbcListEvents.ListEvent;
import no.samport.directory.gp.service.GpTime;
import no.samport.plugin.api.fhir.PartyAddress;

/**
 * Sends each GP office its lists in the format its EPJ reads: the joins and leaves since the last run, the full lists
 * once a month (on the configured day) and when the office is first seen, and on request. One transaction per office;
 * the documents go to the outbox in the same transaction that marks the changes distributed.
 */
public final class ListDistribution {

    private final DistributionParts parts;
    private final JdbcDistributionCursors cursors;
    private final GpListsProperties properties;

    public ListDistribution(DistributionParts parts, JdbcDistributionCursors cursors, GpListsProperties properties) {
        this.parts = parts;
        this.cursors = cursors;
        this.properties = properties;
    }

    /** One pass over every office with lists; returns the documents put in the parts.outbox(). */
    public List<UUID> distributeLists() {
        Map<GpOffice, List<GpContract>> byOffice = parts.repositories().contracts().all().stream()
                .collect(Collectors.groupingBy(GpContract::office, LinkedHashMap::new, Collectors.toList()));
        List<UUID> documents = new ArrayList<>();
        byOffice.forEach((office, contracts) -> parts.recipients().find(office.herId()).ifPresent(recipient ->
                documents.addAll(parts.tx().execute(status ->
                        distribute(office, contracts, recipient, parts.clock().instant())))));
        return documents;
    }

    /** Sends an office its full lists for a month now; empty when the office is unknown or cannot be reached. */
    public Optional<List<UUID>> sendFullLists(String officeOrgNrOrHerId, YearMonth month) {
        Optional<GpOffice> office = parts.repositories().contracts().office(officeOrgNrOrHerId);
        Optional<Recipients.Recipient> recipient = office.flatMap(o -> parts.recipients().find(o.herId()));
        if (recipient.isEmpty()) {
            return Optional.empty();
        }
        List<GpContract> contracts = parts.repositories().contracts().atOffice(office.get().orgNr());
        return Optional.of(parts.tx().execute(status ->
                full(office.get(), contracts, recipient.get(), month, parts.clock().instant())));
    }

    private List<UUID> distribute(GpOffice office, List<GpContract> contracts, Recipients.Recipient recipient,
                                  Instant now) {
        YearMonth month = YearMonth.from(GpTime.day(now));
        Optional<Cursor> cursor = cursors.lock(office.herId());
        List<ListEvent> events = parts.repositories().events().pending(contracts.stream().map(GpContract::id).toList());
        parts.repositories().events().distributed(events.stream().map(ListEvent::id).toList(), now);
        boolean fullDue = cursor.isEmpty() || (properties.getFullListDay() > 0
                && GpTime.day(now).getDayOfMonth() >= properties.getFullListDay()
                && !month.toString().equals(cursor.get().fullListMonth()));
        if (fullDue) {
            return full(office, contracts, recipient, month, now);
        }
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, GpContract> byId = contracts.stream().collect(Collectors.toMap(GpContract::id, c -> c));
        Map<GpContract, List<Membership>> changed = new LinkedHashMap<>();
        List<Membership> memberships = parts.repositories().memberships().byIds(events.stream()
                .map(ListEvent::membershipId).distinct().toList());
        for (Membership membership : memberships) {
            changed.computeIfAbsent(byId.get(membership.contractId()), k -> new ArrayList<>()).add(membership);
        }
        return parts.outbox().write("gp-list-changes", recipient,
                parts.messages().changes(address(office), changed, now),
                ListDocumentEncoder.Content.CHANGES, month, now);
    }

    private List<UUID> full(GpOffice office, List<GpContract> contracts, Recipients.Recipient recipient,
                            YearMonth month, Instant now) {
        LocalDate day = GpTime.day(now);
        List<GpContract> running = contracts.stream().filter(c -> c.validity().from().isBefore(month.atEndOfMonth()
                .plusDays(1)) && (c.validity().to() == null || !c.validity().to().isBefore(month.atDay(1)))).toList();
        Cursor previous = cursors.lock(office.herId()).orElse(new Cursor(null, null));
        cursors.save(office.herId(), new Cursor(previous.capacityDigest(), YearMonth.from(day).toString()));
        return parts.outbox().write("gp-list-full", recipient,
                parts.messages().full(address(office), running, month, now),
                ListDocumentEncoder.Content.FULL, month, now);
    }

    private static PartyAddress address(GpOffice office) {
        return PartyAddress.organisation(office.name(), office.herId());
    }
}
