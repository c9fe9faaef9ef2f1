package no.samport.plugin.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An adapter plugin: how Samport talks to one style of EPJ or message system. An adapter is a plain object that a
 * module contributes as a bean through its own Spring Boot auto-configuration; Samport collects every adapter bean
 * by {@link #id()}, and an endpoint in configuration ({@code samport.endpoints.<id>.adapter}) names the adapter that
 * serves it. This interface grows only by default methods, so an adapter written today compiles tomorrow.
 *
 * <p>The rules an adapter follows. Each is checked by the adapter TCK
 * ({@code no.samport.testfixtures.tck.AdapterTck}), whose test names start with {@code required_spi<N>_}:
 * <ol>
 *   <li><b>Identity.</b> {@link #id()} is stable, kebab-case ({@code [a-z0-9]+(-[a-z0-9]+)*}) and unique among the
 *       adapters of one gateway; it is the value operators write in configuration, so it never changes.</li>
 *   <li><b>Description.</b> {@link #displayName()} is a non-blank name for people; {@link #intendedFor()} lists the
 *       systems or integration styles it is meant for, as documentation only (no vendor claims).</li>
 *   <li><b>Capabilities.</b> {@link #capabilities()} tells truthfully what the adapter does: whether it receives,
 *       sends and has a notice channel, and which formats its codec reads and writes. It agrees with rules 8, 9
 *       and 11: an adapter that receives returns an inbound URI for every valid endpoint, one that does not
 *       returns none.</li>
 *   <li><b>Decoding.</b> {@link #codec()} decodes each native message in a format it reads into a FHIR message
 *       {@code Bundle} whose first entry is a {@code MessageHeader}, with the sender's MsgId as the bundle
 *       identifier, following the conventions of {@code no.samport.plugin.api.fhir}.</li>
 *   <li><b>Rejection.</b> The codec answers input it cannot accept (not its format, not well-formed, invalid) with
 *       a {@link MessageRejectedException} carrying an 8221 code; never with another exception, so the sender gets
 *       an AppRec.</li>
 *   <li><b>Encoding.</b> For each format it writes, the codec encodes a message it decoded so that decoding the
 *       result gives the same MsgId, message type, sender and receiver.</li>
 *   <li><b>Settings.</b> {@link #validate(EndpointSettings)} names every missing or invalid adapter property of an
 *       endpoint, so a misconfigured endpoint stops start-up with a message naming the key; valid settings give
 *       no problems.</li>
 *   <li><b>Inbound transport.</b> {@link #inboundUri(EndpointSettings)} names a Camel endpoint from which each
 *       exchange is one native message, its body the message's bytes. The transport takes a message out of the
 *       other system only after the exchange completed without an exception (Samport stored it), so a crash never
 *       loses a message; at worst it is read twice and Samport drops the duplicate. Empty when the adapter cannot
 *       receive.</li>
 *   <li><b>Outbound transport.</b> {@link #outboundUri(EndpointSettings)} names a Camel endpoint that takes one
 *       native message per exchange (header {@link #OUTBOUND_NAME_HEADER} names it) and fails the exchange when
 *       the message was not handed over. Empty when the adapter cannot send.</li>
 *   <li><b>Refusal.</b> When the other side refuses a message for good (e.g. HTTP 4xx), the outbound transport
 *       fails the exchange with a {@link TransportRefusedException}; Samport then marks the message FAILED without
 *       retrying. Any other failure is retried with backoff by the broker.</li>
 *   <li><b>Notices.</b> {@link #rejectionNoticeUri(EndpointSettings)} names a Camel endpoint that takes a
 *       plain-text notice about input Samport could not read well enough to answer with an AppRec (not XML, no
 *       readable sender). Empty when the transport has no such channel; the rejection is then visible only in
 *       Samport's status history.</li>
 *   <li><b>Health.</b> {@link #health(EndpointSettings)} answers within a few seconds and never throws, even for
 *       an endpoint whose other side is down; its detail carries no secrets.</li>
 * </ol>
 */
public interface Adapter {

    /** Header on outbound exchanges: a file-system-safe name for the message (MsgId based, ends with .xml). */
    String OUTBOUND_NAME_HEADER = "SamportOutboundName";

    /** Rule 1: the stable kebab-case id endpoints use to name this adapter. */
    String id();

    /** Rule 2: a human-readable name for consoles and logs. */
    String displayName();

    /** Rule 2: the EPJ systems or integration styles this adapter is meant for (documentation only). */
    default List<String> intendedFor() {
        return List.of();
    }

    /**
     * Rule 3: what this adapter does. The default (receives and sends, no notice channel, formats unknown) fits
     * adapters written before capabilities existed; new adapters declare theirs.
     */
    default AdapterCapabilities capabilities() {
        return new AdapterCapabilities(true, true, false, Set.of(), Set.of());
    }

    /** Rules 4 to 6: the codec for this adapter's native format. */
    MessageCodec codec();

    /**
     * Rule 7: the problems with an endpoint's adapter settings, each naming the property
     * ({@code samport.endpoints.<id>.properties.<name>}) and what is expected; empty when the settings are usable.
     */
    default List<String> validate(EndpointSettings endpoint) {
        return List.of();
    }

    /** Rule 8: the Camel endpoint URI Samport consumes the endpoint's incoming messages from. */
    Optional<String> inboundUri(EndpointSettings endpoint);

    /** Rules 9 and 10: the Camel endpoint URI Samport hands the endpoint's outgoing messages to. */
    Optional<String> outboundUri(EndpointSettings endpoint);

    /** Rule 11: where notices about unreadable input go. */
    default Optional<String> rejectionNoticeUri(EndpointSettings endpoint) {
        return Optional.empty();
    }

    /** Rule 12: the health of one endpoint served by this adapter. */
    default AdapterHealth health(EndpointSettings endpoint) {
        return AdapterHealth.up("no check defined");
    }
}
