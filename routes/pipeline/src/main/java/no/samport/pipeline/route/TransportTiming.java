package no.samport.pipeline.route;

import java.time.Duration;
import no.samport.pipeline.EndpointMetrics;
import org.apache.camel.Processor;

/** Times the outbound transport of one endpoint: {@link #start()} before the hand-over, {@link #stop} after. */
final class TransportTiming {

    private static final String STARTED = "samport.transport.started";

    private TransportTiming() {
    }

    static Processor start() {
        return exchange -> exchange.setProperty(STARTED, System.nanoTime());
    }

    static Processor stop(EndpointMetrics metrics, String endpointId) {
        return exchange -> {
            Long started = exchange.getProperty(STARTED, Long.class);
            if (started != null) {
                metrics.transportTook(endpointId, Duration.ofNanos(System.nanoTime() - started));
            }
        };
    }

}
