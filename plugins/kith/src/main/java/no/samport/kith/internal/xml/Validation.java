package no.samport.kith.internal.xml;

import no.samport.plugin.api.MessageRejectedException;

/** A check run once the header is read (schema validation), so its rejection can carry the partial header. */
@FunctionalInterface
public interface Validation {

    void run() throws MessageRejectedException;
}
