package no.samport.adapter.fhir;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Where Samport's {@code $process-message} endpoint hands incoming messages: one receiver per FHIR endpoint, present
 * while that endpoint's intake route runs. The receiver stores the message or throws.
 */
public final class FhirInbox {

    private final Map<String, Consumer<byte[]>> receivers = new ConcurrentHashMap<>();

    public void open(String endpointId, Consumer<byte[]> receiver) {
        receivers.put(endpointId, receiver);
    }

    public void close(String endpointId) {
        receivers.remove(endpointId);
    }

    /** The receiver of an endpoint, when it is configured and running. */
    public Optional<Consumer<byte[]>> receiver(String endpointId) {
        return Optional.ofNullable(receivers.get(endpointId));
    }
}
