package no.samport.directory.gp.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samport.directory.gp.Competence;
import no.samport.directory.gp.CompetenceRule;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.ListServing;
import no.samport.directory.gp.MunicipalityProperties;

/** Computes list statistics from per-list figures; free places are summed per list, never cap minus listed. */
public final class StatisticsCalculator {

    /** Residents listed, by home municipality and list municipality (key: home -> list municipality -> count). */
    public record Residents(Map<String, Map<String, Long>> byHomeAndList) {

        long living(String municipality) {
            return byHomeAndList.getOrDefault(municipality, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        long livingElsewhereThan(String municipality) {
            return byHomeAndList.getOrDefault(municipality, Map.of()).entrySet().stream()
                    .filter(e -> !e.getKey().equals(municipality)).mapToLong(Map.Entry::getValue).sum();
        }

        long onListsOfFromElsewhere(String municipality) {
            return byHomeAndList.entrySet().stream().filter(e -> !e.getKey().equals(municipality))
                    .mapToLong(e -> e.getValue().getOrDefault(municipality, 0L)).sum();
        }
    }

    private StatisticsCalculator() {
    }

    public static MunicipalityStatistics municipality(String municipality, MunicipalityProperties settings,
                                                      Collection<ListRow> rows, int waitingMunicipal,
                                                      Residents residents, LocalDate day) {
        List<ListRow> running = rows.stream().filter(ListRow::runs).toList();
        long listed = running.stream().mapToLong(ListRow::listed).sum();
        long free = running.stream().mapToLong(ListRow::freePlaces).sum();
        double average = running.isEmpty() ? 0 : (double) listed / running.size();
        Boolean utjamning = settings.getInhabitants() == null ? null
                : settings.getInhabitants() < 5_000 && average < 1_200;
        Map<String, Integer> models = running.stream().collect(Collectors.groupingBy(
                r -> r.contract().model() == null ? "unknown" : r.contract().model().code(), TreeMap::new,
                Collectors.summingInt(r -> 1)));
        return new MunicipalityStatistics(municipality, settings.getName(), day, running.size(), listed,
                running.stream().mapToLong(r -> r.contract().maxPatients()).sum(), free,
                listed == 0 ? 0 : round(100.0 * free / listed), settings.getCapacityTargetPercent(), round(average),
                count(running, ListServing::byVikar), count(running, s -> s.kind() == ListServing.Kind.NONE),
                count(running, s -> s.kind() == ListServing.Kind.SHARED),
                (int) running.stream().filter(ListRow::withoutHolderForAYear).count(), waitingMunicipal,
                running.stream().mapToInt(ListRow::waiting).sum(), residents.living(municipality),
                residents.livingElsewhereThan(municipality), residents.onListsOfFromElsewhere(municipality), models,
                utjamning, competence(running), specialistShare(running),
                (int) holders(running).filter(CompetenceRule::breaches).count());
    }

    /** The list holders (fastlege, delelege) serving the running lists on their day. */
    private static Stream<Doctor> holders(List<ListRow> running) {
        return running.stream().flatMap(r -> r.contract().doctorsOn(r.day()).stream())
                .filter(d -> d.relationship().holdsList());
    }

    private static Map<String, Integer> competence(List<ListRow> running) {
        return holders(running).collect(Collectors.groupingBy(d -> d.competence() == null ? "unknown"
                : d.competence().code(), TreeMap::new, Collectors.summingInt(d -> 1)));
    }

    private static Double specialistShare(List<ListRow> running) {
        List<Doctor> known = holders(running).filter(d -> d.competence() != null).toList();
        return known.isEmpty() ? null : round(100.0 * known.stream()
                .filter(d -> d.competence() == Competence.SPECIALIST).count() / known.size());
    }

    public static List<OfficeStatistics> offices(Collection<ListRow> rows) {
        Map<String, List<ListRow>> byOffice = rows.stream().filter(ListRow::runs)
                .collect(Collectors.groupingBy(r -> r.contract().office().orgNr(), TreeMap::new, Collectors.toList()));
        List<OfficeStatistics> offices = new ArrayList<>();
        byOffice.forEach((orgNr, lists) -> {
            GpOffice office = lists.get(0).contract().office();
            offices.add(new OfficeStatistics(orgNr, office.herId(), office.name(), office.municipality(), lists.size(),
                    lists.stream().mapToLong(ListRow::listed).sum(),
                    lists.stream().mapToLong(r -> r.contract().maxPatients()).sum(),
                    lists.stream().mapToLong(ListRow::freePlaces).sum(), lists.stream().mapToInt(ListRow::waiting).sum(),
                    count(lists, ListServing::byVikar), count(lists, s -> s.kind() == ListServing.Kind.NONE)));
        });
        return offices;
    }

    private static int count(List<ListRow> rows, java.util.function.Predicate<ListServing> which) {
        return (int) rows.stream().map(ListRow::serving).filter(which).count();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
