package no.samport.pipeline.step;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.PolicyRecord;

/**
 * Data-quality findings about the directory (e.g. a GP office without any urgent contact, GL-25): stored with the
 * message and its history, counted in the findings report ({@code GET /api/policy/findings}) and in the metric
 * {@code samport.directory.data-quality.findings} (tag rule).
 */
public final class DataQualityFindings {

    private final MessageStore store;
    private final MeterRegistry registry;

    public DataQualityFindings(MessageStore store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    void record(UUID trackingId, PolicyRecord.Finding finding, String stage) {
        store.finding(trackingId, finding, "directory", stage);
        registry.counter("samport.directory.data-quality.findings", "rule", finding.ruleId()).increment();
    }
}
