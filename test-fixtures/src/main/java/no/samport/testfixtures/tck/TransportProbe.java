package no.samport.testfixtures.tck;

import java.util.List;

/**
 * The TCK's view of the system on the other side of an adapter's transport, provided by the adapter's test: a
 * folder, a simulator, a test server. The TCK puts messages in and looks at what came out, never at the adapter's
 * internals.
 */
public interface TransportProbe extends AutoCloseable {

    /**
     * Puts one native message where the adapter's inbound transport will pick it up, as the other system would:
     * a pushing system resends a message the transport answered with an error, a polled one keeps it until taken.
     */
    void offer(byte[] nativeMessage) throws Exception;

    /** Every native message the outbound transport has handed over so far, in order. */
    List<byte[]> delivered() throws Exception;

    /**
     * Makes the other side refuse or fail the next outbound hand-overs (a full disk, a server answering 503).
     * Adapters whose transport cannot be broken from a test return false from {@link #canBreakOutbound()}.
     */
    default void breakOutbound() throws Exception {
        throw new UnsupportedOperationException("this probe cannot break the outbound transport");
    }

    default boolean canBreakOutbound() {
        return false;
    }

    /** Every rejection notice the notice channel has received so far (for adapters that have one). */
    default List<String> notices() throws Exception {
        return List.of();
    }

    /** Whether the other side still holds {@code nativeMessage} for the adapter: not yet taken, or to be resent. */
    boolean stillWaiting(byte[] nativeMessage) throws Exception;

    /**
     * Makes the other side refuse the next outbound message for good (an HTTP 400 or 403). Transports without such
     * an answer return false from {@link #canRefuseOutbound()}.
     */
    default void refuseOutbound() throws Exception {
        throw new UnsupportedOperationException("this probe cannot make the other side refuse a message");
    }

    default boolean canRefuseOutbound() {
        return false;
    }

    @Override
    default void close() throws Exception {
    }
}
