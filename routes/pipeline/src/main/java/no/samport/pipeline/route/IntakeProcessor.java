package no.samport.pipeline.route;

import java.io.IOException;
import java.io.InputStream;
import no.samport.pipeline.step.IntakeStep;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reads one inbound exchange's bytes and hands them to intake. A message larger than Samport stores is kept as its
 * first 64 KiB with its real size, so it is rejected and reported instead of filling the heap.
 */
final class IntakeProcessor implements Processor {

    static final int KEPT_PREFIX = 64 * 1024;

    private final IntakeStep intake;
    private final String endpointId;
    private final long maxStoredBytes;

    IntakeProcessor(IntakeStep intake, String endpointId, long maxStoredBytes) {
        this.intake = intake;
        this.endpointId = endpointId;
        this.maxStoredBytes = maxStoredBytes;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        try (InputStream in = exchange.getIn().getMandatoryBody(InputStream.class)) {
            byte[] head = in.readNBytes((int) Math.min(maxStoredBytes + 1, Integer.MAX_VALUE - 8));
            if (head.length <= maxStoredBytes) {
                intake.receive(endpointId, name, head);
                return;
            }
            long size = head.length + in.transferTo(OutputStreamSink.INSTANCE);
            intake.receive(endpointId, name, java.util.Arrays.copyOf(head, KEPT_PREFIX), size);
        } catch (org.apache.camel.InvalidPayloadException e) {
            throw new IOException("The inbound message on endpoint " + endpointId + " has no readable body", e);
        }
    }

    /** Counts and discards the rest of an oversized message. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // discarded: only the size of an oversized message is kept
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discarded
        }
    }
}
