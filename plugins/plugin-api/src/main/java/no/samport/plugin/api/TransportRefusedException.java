package no.samport.plugin.api;

/**
 * Thrown by an outbound transport when the other side refused a message for good (SPI rule 10): sending it again
 * unchanged cannot succeed, e.g. an HTTP 400 or 403. Samport then stops retrying and marks the message FAILED with
 * this exception's message, so an operator can fix the cause and reprocess it. Any other exception is taken as
 * temporary and retried with backoff.
 *
 * <p>The message says what the other side answered (status, error code, request id) and never contains message
 * content or national identity numbers.
 */
public class TransportRefusedException extends RuntimeException {

    public TransportRefusedException(String message) {
        super(message);
    }

    public TransportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
