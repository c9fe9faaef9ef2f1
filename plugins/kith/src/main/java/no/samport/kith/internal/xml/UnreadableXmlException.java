package no.samport.kith.internal.xml;

/** Input that is not well-formed XML, or that the hardened parser refuses (DOCTYPE, too deep). */
public final class UnreadableXmlException extends Exception {

    /** Why the input could not be read. */
    public enum Reason { NOT_WELL_FORMED, DOCTYPE, TOO_DEEP }

    private final Reason reason;

    public UnreadableXmlException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
