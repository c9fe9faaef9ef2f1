package no.samport.adapter.nhn;

import java.util.UUID;

/**
 * A message listed by {@code GET /Messages} (the API's {@code Message}, with metadata).
 *
 * @param id                 NHN's id of the message, for the {@code /Messages/{id}} operations
 * @param receiverHerId      the HER-id it was sent to (one of this endpoint's)
 * @param senderHerId        the sender's HER-id
 * @param businessDocumentId the MsgId of the business document
 * @param appRec             whether it is an application receipt
 */
public record NhnMessage(UUID id, Integer receiverHerId, Integer senderHerId, String businessDocumentId,
                         boolean appRec) {
}
