package no.samport.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * An adapter plugin: how Samport talks to one style of EPJ or message system. Samport collects every adapter bean
 * by {@link #id()}; an endpoint in configuration names the adapter that serves it.
 *
 * <p>Rules an adapter follows:
 * <ol>
 *   <li>{@link #id()} is stable, kebab-case and unique among the adapters of one gateway.</li>
 *   <li>{@link #codec()} turns the adapter's native bytes into a Samport message bundle and back.</li>
 *   <li>{@link #inboundUri(EndpointSettings)} names a Camel endpoint from which each exchange is one native
 *       message; the body is the message's bytes. Empty when the adapter cannot receive.</li>
 *   <li>{@link #outboundUri(EndpointSettings)} names a Camel endpoint that takes one native message per exchange
 *       and fails the exchange when the message was not handed over. Empty when the adapter cannot send.</li>
 *   <li>{@link #health(EndpointSettings)} answers quickly and never throws.</li>
 *   <li>{@link #rejectionNoticeUri(EndpointSettings)} names a Camel endpoint that takes a plain-text notice about
 *       input Samport could not read well enough to answer with an AppRec (not XML, no readable sender). Empty
 *       when the transport has no such channel; the rejection is then visible only in Samport's status history.</li>
 * </ol>
 */
public interface Adapter {

    /** Header on outbound exchanges: a file-system-safe name for the message (MsgId based, ends with .xml). */
    String OUTBOUND_NAME_HEADER = "SamportOutboundName";

    /** Rule 1: the stable kebab-case id endpoints use to name this adapter. */
    String id();

    /** A human-readable name for consoles and logs. */
    String displayName();

    /** The EPJ systems or integration styles this adapter is meant for (documentation only). */
    default List<String> intendedFor() {
        return List.of();
    }

    /** Rule 2: the codec for this adapter's native format. */
    MessageCodec codec();

    /** Rule 3: the Camel endpoint URI Samport consumes the endpoint's incoming messages from. */
    Optional<String> inboundUri(EndpointSettings endpoint);

    /** Rule 4: the Camel endpoint URI Samport hands the endpoint's outgoing messages to. */
    Optional<String> outboundUri(EndpointSettings endpoint);

    /** Rule 6: where notices about unreadable input go. */
    default Optional<String> rejectionNoticeUri(EndpointSettings endpoint) {
        return Optional.empty();
    }

    /** Rule 5: the health of one endpoint served by this adapter. */
    default AdapterHealth health(EndpointSettings endpoint) {
        return AdapterHealth.up("no check defined");
    }
}
