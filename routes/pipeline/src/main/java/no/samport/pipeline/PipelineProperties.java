package no.samport.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** How the pipeline consumes its queues: {@code samport.pipeline.*}. */
@ConfigurationProperties("samport.pipeline")
public class PipelineProperties {

    /** Consumers per stage queue (decode, resolve, policy, receipts); messages of one conversation stay in order. */
    private int concurrentConsumers = 2;

    /** Consumers per endpoint delivery queue. */
    private int deliveryConsumers = 1;

    /**
     * The largest message Samport stores whole. A larger one is kept only as its first 64 KiB, rejected (T99) and
     * reported; the format codecs have their own, smaller limit for what they accept.
     */
    private DataSize maxStoredSize = DataSize.ofMegabytes(100);

    /**
     * How long a message may wait between stages (received, decoded, resolved, queued) without anything happening to
     * it before Samport puts it on its stage's queue again, in case the queue entry was lost. Keep it well above the
     * broker's longest redelivery delay.
     */
    private java.time.Duration stalledAfter = java.time.Duration.ofMinutes(15);

    /** How often to look for such messages. */
    private java.time.Duration stalledCheckInterval = java.time.Duration.ofMinutes(1);

    /**
     * How often a message held for an office's opening hours is looked at again before the opening itself (so a
     * change of the opening hours takes effect); the opening itself is never missed.
     */
    private java.time.Duration holdRecheckInterval = java.time.Duration.ofMinutes(15);

    /**
     * Codes of MsgHead RequestedPriority and Dialogmelding Hastegrad that make a message urgent, so that it is
     * delivered at once even outside the office's opening hours. "H" is an assumption (see README).
     */
    private java.util.Set<String> urgentPriorityCodes = new java.util.LinkedHashSet<>(java.util.List.of("H"));

    public java.time.Duration getHoldRecheckInterval() {
        return holdRecheckInterval;
    }

    public void setHoldRecheckInterval(java.time.Duration holdRecheckInterval) {
        this.holdRecheckInterval = holdRecheckInterval;
    }

    public java.util.Set<String> getUrgentPriorityCodes() {
        return urgentPriorityCodes;
    }

    public void setUrgentPriorityCodes(java.util.Set<String> urgentPriorityCodes) {
        this.urgentPriorityCodes = urgentPriorityCodes;
    }

    public int getConcurrentConsumers() {
        return concurrentConsumers;
    }

    public void setConcurrentConsumers(int concurrentConsumers) {
        this.concurrentConsumers = concurrentConsumers;
    }

    public int getDeliveryConsumers() {
        return deliveryConsumers;
    }

    public void setDeliveryConsumers(int deliveryConsumers) {
        this.deliveryConsumers = deliveryConsumers;
    }

    public java.time.Duration getStalledAfter() {
        return stalledAfter;
    }

    public void setStalledAfter(java.time.Duration stalledAfter) {
        this.stalledAfter = stalledAfter;
    }

    public java.time.Duration getStalledCheckInterval() {
        return stalledCheckInterval;
    }

    public void setStalledCheckInterval(java.time.Duration stalledCheckInterval) {
        this.stalledCheckInterval = stalledCheckInterval;
    }

    public DataSize getMaxStoredSize() {
        return maxStoredSize;
    }

    public void setMaxStoredSize(DataSize maxStoredSize) {
        this.maxStoredSize = maxStoredSize;
    }
}
