package no.samport.pipeline.step;

import java.time.Clock;
import java.util.List;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.MessageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deadlines: settles the tracked task-sharing obligations (met ones are cleared, overdue ones raise an alarm on the
 * message) and returns a notice for every alarm raised or cleared, for the deadline route to send. Safe to run on
 * several nodes at once: the store settles each deadline once.
 */
public final class DeadlineStep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineStep.class);

    private final MessageStore store;
    private final PolicyMetrics metrics;
    private final Clock clock;

    public DeadlineStep(MessageStore store, PolicyMetrics metrics, Clock clock) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The notices to send; empty when no alarm was raised or cleared. */
    public List<AlarmNotice> check() {
        List<DeadlineState> changed = store.settleDeadlines(clock.instant());
        changed.forEach(metrics::settled);
        List<AlarmNotice> notices = changed.stream()
                .filter(d -> DeadlineState.ALARM.equals(d.status()) || DeadlineState.CLEARED.equals(d.status()))
                .map(AlarmNotice::of)
                .toList();
        notices.forEach(n -> log.warn("Task-sharing deadline {}: rule {} for message {}", n.event(), n.ruleId(),
                n.trackingId()));
        return notices;
    }
}
