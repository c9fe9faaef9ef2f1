package no.samport.adapter.nhn;

/**
 * The NHN message API answered with an error, or could not be reached. {@link #isRefusal()} tells a refusal for
 * good (4xx: invalid request, not authorised, unknown message) from a temporary failure (5xx, timeout, no
 * connection). The message names the operation, the status and NHN's request id, never message content.
 */
public class NhnApiException extends RuntimeException {

    private final int status;

    public NhnApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    public boolean isRefusal() {
        return status >= 400 && status < 500;
    }
}
