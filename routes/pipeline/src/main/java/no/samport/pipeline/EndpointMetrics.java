package no.samport.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Metrics per endpoint, tagged {@code endpoint=<id>}: messages taken in ({@code samport.endpoint.messages.in}),
 * messages and receipts handed over ({@code samport.endpoint.messages.out}, tag {@code kind}), failed hand-overs
 * ({@code samport.endpoint.failures}, tag {@code kind=temporary|refused}), the time the transport took to hand one
 * over ({@code samport.endpoint.transport.duration}) and the time from receipt at Samport to hand-over
 * ({@code samport.endpoint.delivery.latency}).
 */
public final class EndpointMetrics {

    private final MeterRegistry registry;

    public EndpointMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(String endpointId) {
        Counter.builder("samport.endpoint.messages.in").description("Messages taken in from the endpoint")
                .tag("endpoint", endpointId).register(registry).increment();
    }

    public void handedOver(String endpointId, String kind, Duration sinceReceived) {
        Counter.builder("samport.endpoint.messages.out").description("Messages handed over to the endpoint")
                .tag("endpoint", endpointId).tag("kind", kind).register(registry).increment();
        Timer.builder("samport.endpoint.delivery.latency").description("From receipt at Samport to hand-over")
                .tag("endpoint", endpointId).register(registry).record(sinceReceived);
    }

    public void transportTook(String endpointId, Duration duration) {
        Timer.builder("samport.endpoint.transport.duration").description("Time the outbound transport took")
                .tag("endpoint", endpointId).register(registry).record(duration);
    }

    /** A failed hand-over: {@code temporary} (will be retried) or {@code refused} (for good). */
    public void failed(String endpointId, String kind) {
        Counter.builder("samport.endpoint.failures").description("Failed hand-overs to the endpoint")
                .tag("endpoint", endpointId).tag("kind", kind).register(registry).increment();
    }
}
