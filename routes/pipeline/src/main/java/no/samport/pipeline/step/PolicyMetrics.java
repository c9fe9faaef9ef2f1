package no.samport.pipeline.step;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.PolicyRecord;

/**
 * Metrics of the policy stage (Micrometer): {@code samport.policy.decisions} (tag outcome: deliver, reroute, reject),
 * {@code samport.policy.findings} (tag rule), {@code samport.policy.alarms.raised} and {@code .cleared} (tag rule), and
 * the gauge {@code samport.policy.alarms.open}: deadlines in alarm now.
 */
public final class PolicyMetrics {

    private final MeterRegistry registry;

    public PolicyMetrics(MeterRegistry registry, MessageStore store) {
        this.registry = registry;
        Gauge.builder("samport.policy.alarms.open", store, MessageStore::openAlarms)
                .description("Task-sharing deadlines that are due and not met")
                .register(registry);
    }

    void decided(PolicyRecord record) {
        String outcome = record.rejection() != null ? "reject" : record.receiverHerId() != null ? "reroute" : "deliver";
        registry.counter("samport.policy.decisions", "outcome", outcome).increment();
        record.findings().forEach(f -> registry.counter("samport.policy.findings", "rule", f.ruleId()).increment());
    }

    void settled(DeadlineState deadline) {
        if (DeadlineState.ALARM.equals(deadline.status())) {
            registry.counter("samport.policy.alarms.raised", "rule", deadline.ruleId()).increment();
        } else if (DeadlineState.CLEARED.equals(deadline.status())) {
            registry.counter("samport.policy.alarms.cleared", "rule", deadline.ruleId()).increment();
        }
    }
}
