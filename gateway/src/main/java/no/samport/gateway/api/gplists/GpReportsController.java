package no.samport.gateway.api.gplists;

import java.util.List;
import java.util.UUID;
import no.samport.directory.gp.jdbc.JdbcFindings;
import no.samport.directory.gp.jdbc.JdbcGpOutbox;
import no.samport.directory.gp.jdbc.JdbcReportedFigures;
import no.samport.directory.gp.reconcile.GpReconciliation;
import no.samport.directory.gp.reconcile.ReconciliationReport;
import no.samport.directory.gp.service.GpRepositories;
import no.samport.directory.gp.stats.GpStatistics;
import no.samport.directory.gp.stats.MunicipalityStatistics;
import no.samport.directory.gp.stats.OfficeStatistics;
import no.samport.directory.gp.GpData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What operators and planners look at: statistics without personal data, the reconciliation report, findings, and
 * the documents going out.
 */
@RestController
@RequestMapping("/api/directory")
public class GpReportsController {

    private final GpStatistics statistics;
    private final GpReconciliation reconciliation;
    private final JdbcFindings findings;
    private final JdbcGpOutbox outbox;

    public GpReportsController(GpStatistics statistics, GpReconciliation reconciliation, GpRepositories repositories,
                               GpData data) {
        this.statistics = statistics;
        this.reconciliation = reconciliation;
        this.findings = repositories.findings();
        this.outbox = data.outbox();
    }

    @GetMapping("/gp-statistics")
    public List<MunicipalityStatistics> municipalities(@RequestParam(required = false) String municipality) {
        return statistics.municipalities(municipality);
    }

    @GetMapping("/gp-statistics/offices")
    public List<OfficeStatistics> offices(@RequestParam(required = false) String municipality) {
        return statistics.offices(municipality);
    }

    @GetMapping("/gp-reconciliation")
    public ReconciliationReport reconciliationReport() {
        return reconciliation.report();
    }

    /** Figures sources report (listed, leavers, waiting, ...), compared in the reconciliation report. */
    @PostMapping("/gp-figures")
    public ResponseEntity<Void> figures(@RequestBody List<JdbcReportedFigures.Figure> reported) {
        for (JdbcReportedFigures.Figure figure : reported) {
            if (figure.source() == null || figure.subject() == null || figure.metric() == null
                    || figure.period() == null || figure.reportedAt() == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Each figure needs source, subject, "
                        + "metric, period, value and reportedAt");
            }
            reconciliation.report(figure);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/gp-findings")
    public List<JdbcFindings.Finding> findings(@RequestParam(required = false) JdbcFindings.Kind kind,
                                               @RequestParam(defaultValue = "100") int limit) {
        return findings.newest(kind, Math.min(Math.max(limit, 1), 1000));
    }

    @GetMapping("/gp-outbox")
    public List<JdbcGpOutbox.Entry> outbox(@RequestParam(required = false) JdbcGpOutbox.Status status,
                                           @RequestParam(defaultValue = "100") int limit) {
        return outbox.newest(status, Math.min(Math.max(limit, 1), 1000));
    }

    /** Puts a FAILED document back in line. */
    @PostMapping("/gp-outbox/{id}/retry")
    public JdbcGpOutbox.Entry retry(@PathVariable UUID id) {
        JdbcGpOutbox.Entry entry = outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No outgoing GP-list document " + id));
        if (!outbox.retry(id, java.time.Instant.now())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Document " + id + " is " + entry.status()
                    + ": only FAILED documents can be retried");
        }
        return outbox.find(id).orElseThrow();
    }
}
