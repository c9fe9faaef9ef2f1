package no.samport.pipeline.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as the store knows it, without its payload. Holds no patient data: identifiers here are message and
 * organisation identifiers.
 *
 * @param trackingId          Samport's id for the message
 * @param kind                message, receipt or not yet known
 * @param createdBySamport    whether Samport wrote it (its own receipts) rather than received it
 * @param sourceEndpoint      the endpoint it came in through (for Samport's receipts: the endpoint of the message answered)
 * @param destinationEndpoint the endpoint it goes to, once resolved
 * @param status              the current status
 * @param format              the native format it came in, e.g. dialogmelding-1.0
 * @param msgId               the KITH MsgId
 * @param messageType         the 8279 type
 * @param senderHerId         the sender's most specific HER-id
 * @param receiverHerId       the receiver's most specific HER-id
 * @param conversationId      the conversation it belongs to
 * @param relatedTrackingId   for a receipt: the message it answers
 * @param receiptTrackingId   for a message: the receipt sent to its sender
 * @param errorCode           the 8221 code when rejected
 * @param errorText           what went wrong, for operators and the sender
 * @param sizeBytes           size of the native message
 * @param originalName        the file name or transport id it came with
 * @param failedQueue         when FAILED: the queue it gave up on, where reprocessing puts it back
 * @param receivedAt          when Samport received it
 * @param updatedAt           when its status last changed
 */
public record StoredMessage(
        UUID trackingId,
        MessageKind kind,
        boolean createdBySamport,
        String sourceEndpoint,
        String destinationEndpoint,
        MessageStatus status,
        String format,
        String msgId,
        String messageType,
        String senderHerId,
        String receiverHerId,
        String conversationId,
        UUID relatedTrackingId,
        UUID receiptTrackingId,
        String errorCode,
        String errorText,
        long sizeBytes,
        String originalName,
        String failedQueue,
        Instant receivedAt,
        Instant updatedAt) {
}
