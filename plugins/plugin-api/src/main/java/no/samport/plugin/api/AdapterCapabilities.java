package no.samport.plugin.api;

import java.util.Set;

/**
 * What an adapter can do (SPI rule 3). The TCK reads it to skip rules that do not apply: an adapter that does not
 * receive is not asked to deliver inbound messages, one without a notice channel is not asked to write notices.
 *
 * @param receives         whether the adapter has an inbound transport ({@link Adapter#inboundUri})
 * @param sends            whether it has an outbound transport ({@link Adapter#outboundUri})
 * @param rejectionNotices whether it has a channel for notices about unreadable input
 *                         ({@link Adapter#rejectionNoticeUri})
 * @param reads            format ids its codec decodes (e.g. {@code dialogmelding-1.0}, {@code fhir-r4-message})
 * @param writes           format ids its codec encodes; the TCK round-trips a sample message through each
 */
public record AdapterCapabilities(boolean receives, boolean sends, boolean rejectionNotices, Set<String> reads,
                                  Set<String> writes) {

    public AdapterCapabilities {
        reads = Set.copyOf(reads);
        writes = Set.copyOf(writes);
    }

    /** Receives and sends, without a notice channel, in the given formats (read and written alike). */
    public static AdapterCapabilities bothWays(Set<String> formats) {
        return new AdapterCapabilities(true, true, false, formats, formats);
    }

    /** The same capabilities with a channel for rejection notices. */
    public AdapterCapabilities withRejectionNotices() {
        return new AdapterCapabilities(receives, sends, true, reads, writes);
    }
}
