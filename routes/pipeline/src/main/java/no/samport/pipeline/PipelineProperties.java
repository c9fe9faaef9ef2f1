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

    public DataSize getMaxStoredSize() {
        return maxStoredSize;
    }

    public void setMaxStoredSize(DataSize maxStoredSize) {
        this.maxStoredSize = maxStoredSize;
    }
}
