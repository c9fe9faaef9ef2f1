package no.samport.directory;

import java.util.Set;

/**
 * A communication party in Samport's directory: a HER-id that messages can be addressed to, the endpoint that
 * serves it and what it accepts.
 *
 * @param herId                the party's HER-id
 * @param name                 its name, as in Adresseregisteret
 * @param endpointId           the Samport endpoint its messages are delivered through
 * @param acceptedMessageTypes 8279 message types it takes (e.g. DIALOG_FORESPORSEL); empty = every type
 * @param acceptedFormats      format ids it reads (e.g. dialogmelding-1.0, apprec-1.0); empty = the codec's default
 * @param urgentPhone          the "Hvis det haster" phone number the party publishes in Adresseregisteret, or null
 * @param hospitalArea         the id of the hospital area (under samport.directory.pko-contacts) it belongs to, or null
 */
public record CommunicationParty(String herId, String name, String endpointId, Set<String> acceptedMessageTypes,
                                 Set<String> acceptedFormats, String urgentPhone, String hospitalArea) {

    public CommunicationParty {
        acceptedMessageTypes = Set.copyOf(acceptedMessageTypes);
        acceptedFormats = Set.copyOf(acceptedFormats);
    }

    /** A party without urgent contact data. */
    public CommunicationParty(String herId, String name, String endpointId, Set<String> acceptedMessageTypes,
                              Set<String> acceptedFormats) {
        this(herId, name, endpointId, acceptedMessageTypes, acceptedFormats, null, null);
    }

    public boolean acceptsMessageType(String messageType) {
        return acceptedMessageTypes.isEmpty() || acceptedMessageTypes.contains(messageType);
    }
}
