package no.samport.pipeline.step;

import java.util.List;
import java.util.Optional;
import no.samport.directory.CommunicationParty;
import no.samport.directory.UrgentContacts;
import no.samport.pipeline.store.PolicyRecord;
import no.samport.plugin.api.fhir.PartyAddress;

/**
 * GL-24/GL-25: whether a receiver takes a message type, and when it does not, the non-delivery answer for the sender:
 * the office's urgent number from Adresseregisteret, else the PKO list's number for its hospital area, else a
 * data-quality finding that no urgent contact is known. The refusal is final for that message; the next message goes
 * through as soon as the directory says the office takes the type.
 */
public final class ReceiverCapability {

    /** The rule id under which a missing urgent contact is counted with the findings. */
    public static final String NO_URGENT_CONTACT = "data-quality.no-urgent-contact";
    /** The modality stored with data-quality findings (they are not task-sharing rules). */
    public static final String DATA_QUALITY = "DATA";

    /**
     * Why a message is not delivered.
     *
     * @param text    the AppRec text for the sender (with the number to call when one is known)
     * @param finding the data-quality finding to record, or null
     */
    public record Refusal(String text, PolicyRecord.Finding finding) {
    }

    private final UrgentContacts urgentContacts;

    public ReceiverCapability(UrgentContacts urgentContacts) {
        this.urgentContacts = urgentContacts;
    }

    /**
     * Empty when {@code receiver} takes {@code messageType}.
     *
     * @param addressHerIds the HER-ids the message is addressed to, most specific first (office, doctor)
     */
    public Optional<Refusal> refusal(CommunicationParty receiver, List<String> addressHerIds, String messageType,
                                     PartyAddress sender) {
        if (receiver.acceptsMessageType(messageType)) {
            return Optional.empty();
        }
        String refused = "Mottaker " + receiver.name() + " (HER-id " + receiver.herId() + ") tar ikke imot "
                + messageType + " elektronisk ennå; meldingen er ikke levert og blir ikke levert senere. ";
        Optional<UrgentContacts.UrgentContact> contact = urgentContacts.find(addressHerIds);
        if (contact.isPresent()) {
            return Optional.of(new Refusal(refused + "Haster det, ring " + contact.get().phone() + " ("
                    + contact.get().source() + ").", null));
        }
        PartyAddress.Unit org = sender.organisation();
        PolicyRecord.Finding finding = new PolicyRecord.Finding(NO_URGENT_CONTACT, DATA_QUALITY,
                receiver.name() + " (HER-id " + receiver.herId() + ") takes no " + messageType
                        + " and has no urgent phone in the directory and no entry in a PKO list",
                org == null ? null : org.herId(), org == null ? null : org.name(), messageType, List.of());
        return Optional.of(new Refusal(refused + "Samport kjenner ikke noe hastenummer for kontoret; "
                + "kontakt det på annen måte.", finding));
    }
}
