package no.samport.directory.gp.reconcile;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import no.samport.directory.gp.GpListsProperties;
import no.samport.directory.gp.jdbc.JdbcFindings;
import no.samport.directory.gp.jdbc.JdbcMemberships;
import no.samport.directory.gp.jdbc.JdbcReportedFigures;
import no.samport.directory.gp.jdbc.JdbcReportedFigures.Figure;
import no.samport.directory.gp.service.GpTime;
import no.samport.directory.gp.stats.GpStatistics;
import no.samport.directory.gp.stats.MunicipalityStatistics;

/** The reconciliation report: reported figures against each other and against Samport's lists. */
public final class GpReconciliation {

    private final JdbcReportedFigures figures;
    private final JdbcFindings findings;
    private final JdbcMemberships memberships;
    private final GpStatistics statistics;
    private final GpListsProperties properties;
    private final Clock clock;

    public GpReconciliation(JdbcReportedFigures figures, JdbcFindings findings, JdbcMemberships memberships,
                            GpStatistics statistics, GpListsProperties properties, Clock clock) {
        this.figures = figures;
        this.findings = findings;
        this.memberships = memberships;
        this.statistics = statistics;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records a figure a source reports. */
    public void report(Figure figure) {
        figures.record(figure);
    }

    public ReconciliationReport report() {
        List<Discrepancy> disagreeing = Reconciler.discrepancies(figures.all(), properties.getSourcePrecedence(),
                this::samportCount);
        return new ReconciliationReport(clock.instant(), List.copyOf(properties.getSourcePrecedence()), disagreeing,
                findings.newest(JdbcFindings.Kind.RECONCILIATION, 100));
    }

    /** Samport's own count of a figure, for the current month only. */
    private Long samportCount(Figure figure) {
        if (!YearMonth.from(GpTime.day(clock.instant())).toString().equals(figure.period())) {
            return null;
        }
        String[] subject = figure.subject().split(":", 2);
        if (subject.length != 2) {
            return null;
        }
        if (subject[0].equals("contract") && figure.metric().equals("listed")) {
            return (long) memberships.listedOn(subject[1], GpTime.day(clock.instant()));
        }
        if (!subject[0].equals("municipality")) {
            return null;
        }
        MunicipalityStatistics stats = statistics.municipalities(subject[1]).get(0);
        return switch (figure.metric()) {
            case "listed" -> stats.listed();
            case "free-places" -> stats.freePlaces();
            case "waiting" -> (long) stats.waitingMunicipal() + stats.waitingPerGp();
            case "lists-without-doctor" -> (long) stats.listsWithoutDoctor();
            case "contracts" -> (long) stats.contracts();
            default -> null;
        };
    }
}
