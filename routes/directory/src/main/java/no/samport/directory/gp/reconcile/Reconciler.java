package no.samport.directory.gp.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.samport.directory.gp.jdbc.JdbcReportedFigures.Figure;

/**
 * Compares the figures sources report, per (subject, metric, period), with each other and with Samport's own count;
 * reports those that disagree and picks the value of the first source in the configured precedence (sources not
 * named rank after, alphabetically).
 */
public final class Reconciler {

    private Reconciler() {
    }

    /**
     * @param figures      every reported figure
     * @param precedence   source ids, the first wins
     * @param samportCount Samport's own count for a (subject, metric, period), or null when it has none
     */
    public static List<Discrepancy> discrepancies(List<Figure> figures, List<String> precedence,
                                                  Function<Figure, Long> samportCount) {
        Map<String, List<Figure>> grouped = new LinkedHashMap<>();
        for (Figure figure : figures) {
            grouped.computeIfAbsent(figure.subject() + "\u0000" + figure.metric() + "\u0000" + figure.period(),
                    k -> new ArrayList<>()).add(figure);
        }
        Comparator<Figure> order = Comparator.comparingInt((Figure f) -> rank(f.source(), precedence))
                .thenComparing(Figure::source);
        List<Discrepancy> found = new ArrayList<>();
        for (List<Figure> same : grouped.values()) {
            List<Figure> ranked = same.stream().sorted(order).toList();
            Figure first = ranked.get(0);
            Long ours = samportCount.apply(first);
            boolean differ = ranked.stream().map(Figure::value).distinct().count() > 1
                    || (ours != null && ranked.stream().anyMatch(f -> f.value() != ours));
            if (differ) {
                found.add(new Discrepancy(first.subject(), first.metric(), first.period(), ranked.stream()
                        .map(f -> new Discrepancy.SourceValue(f.source(), f.value(), f.reportedAt())).toList(),
                        ours, first.source(), first.value()));
            }
        }
        return found;
    }

    private static int rank(String source, List<String> precedence) {
        int index = precedence.indexOf(source);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
