package no.samport.directory.gp.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.MunicipalityMergers;
import no.samport.directory.gp.MunicipalitySettings;
import no.samport.directory.gp.jdbc.JdbcGpContracts;
import no.samport.directory.gp.jdbc.JdbcMemberships;
import no.samport.directory.gp.jdbc.JdbcResidents;
import no.samport.directory.gp.jdbc.JdbcWaitingList;
import no.samport.directory.gp.service.GpTime;

/** Today's list statistics per municipality and per office, from the stored GP data. Counts only. */
public final class GpStatistics {

    private final JdbcGpContracts contracts;
    private final JdbcMemberships memberships;
    private final JdbcWaitingList waiting;
    private final JdbcResidents residents;
    private final MunicipalitySettings municipalities;
    private final Clock clock;

    public GpStatistics(JdbcGpContracts contracts, JdbcMemberships memberships, JdbcWaitingList waiting,
                        JdbcResidents residents, MunicipalitySettings municipalities, Clock clock) {
        this.contracts = contracts;
        this.memberships = memberships;
        this.waiting = waiting;
        this.residents = residents;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** Statistics of every municipality with lists or residents on lists, or of one when {@code only} is given. */
    public List<MunicipalityStatistics> municipalities(String only) {
        LocalDate day = GpTime.day(clock.instant());
        List<ListRow> rows = rows(day);
        Map<String, Map<String, Long>> byHome = current(residents.byHomeAndList(day), day);
        Map<String, Integer> waitingMunicipal = new TreeMap<>();
        waiting.openPerMunicipality().forEach((code, count) -> waitingMunicipal.merge(mergers().current(code, day),
                count, Integer::sum));
        TreeSet<String> codes = rows.stream().map(r -> r.contract().municipality())
                .collect(Collectors.toCollection(TreeSet::new));
        if (only != null) {
            codes.clear();
            codes.add(only);
        }
        StatisticsCalculator.Residents counted = new StatisticsCalculator.Residents(byHome);
        return codes.stream().map(code -> StatisticsCalculator.municipality(code, municipalities.of(code),
                rows.stream().filter(r -> r.contract().municipality().equals(code)).toList(),
                waitingMunicipal.getOrDefault(code, 0) - queuedPerGp(rows, code), counted, day)).toList();
    }

    /** Statistics of every office, or of those in one municipality. */
    public List<OfficeStatistics> offices(String municipality) {
        return StatisticsCalculator.offices(rows(GpTime.day(clock.instant())).stream()
                .filter(r -> municipality == null || r.contract().office().municipality().equals(municipality))
                .toList());
    }

    private List<ListRow> rows(LocalDate day) {
        Map<String, Integer> listed = memberships.listedPerContract(day);
        Map<String, Integer> queued = waiting.openPerContract();
        List<GpContract> all = contracts.all();
        return all.stream().map(c -> new ListRow(mergers().current(c, day), listed.getOrDefault(c.id(), 0),
                queued.getOrDefault(c.id(), 0), day)).toList();
    }

    /** Mergers in effect on the day count the old municipalities under the new one (GL-19). */
    private MunicipalityMergers mergers() {
        return municipalities.mergers();
    }

    private Map<String, Map<String, Long>> current(Map<String, Map<String, Long>> byHomeAndList, LocalDate day) {
        Map<String, Map<String, Long>> mapped = new TreeMap<>();
        byHomeAndList.forEach((home, lists) -> lists.forEach((list, count) -> mapped
                .computeIfAbsent(mergers().current(home, day), k -> new TreeMap<>())
                .merge(mergers().current(list, day), count, Long::sum)));
        return mapped;
    }

    private static int queuedPerGp(List<ListRow> rows, String municipality) {
        return rows.stream().filter(r -> r.contract().municipality().equals(municipality))
                .mapToInt(ListRow::waiting).sum();
    }
}
