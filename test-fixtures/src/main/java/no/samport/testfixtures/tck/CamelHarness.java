package no.samport.testfixtures.tck;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** A small Camel context for the TCK: consumes an adapter's inbound URI and sends to its outbound URI. */
final class CamelHarness implements AutoCloseable {

    private final CamelContext camel = new DefaultCamelContext();
    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile RuntimeException failInbound;

    CamelHarness() {
        camel.start();
    }

    CamelContext camel() {
        return camel;
    }

    /** Starts a route from the inbound URI that keeps each exchange's body, or fails it when told to. */
    void consume(String inboundUri) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(inboundUri).routeId("tck-inbound").process(exchange -> {
                    attempts.incrementAndGet();
                    if (failInbound != null) {
                        throw failInbound;
                    }
                    received.add(exchange.getIn().getMandatoryBody(byte[].class));
                });
            }
        });
    }

    void failInboundExchanges(RuntimeException failure) {
        this.failInbound = failure;
    }

    /** How many inbound exchanges the route has seen, failed ones included. */
    int attempts() {
        return attempts.get();
    }

    byte[] awaitInbound(Duration patience) throws InterruptedException {
        return received.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends one exchange; returns its exception, or null when the transport took the message. */
    Exception send(String outboundUri, Object body, Map<String, Object> headers) {
        Exchange exchange = camel.createProducerTemplate().send(outboundUri, e -> {
            e.getIn().setBody(body);
            e.getIn().setHeaders(headers);
        });
        return exchange.getException();
    }

    @Override
    public void close() {
        camel.stop();
    }
}
