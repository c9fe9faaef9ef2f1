package no.samport.pipeline.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The message store: the truth about every message's status. Each method is one transaction; every status change
 * writes a history row in the same transaction as the change.
 */
public interface MessageStore {

    /**
     * Stores a message as received and returns its new tracking id.
     *
     * @param payload   the message's bytes, or only its first bytes when it is larger than Samport stores
     * @param sizeBytes the message's real size; larger than {@code payload.length} when the payload was cut
     */
    UUID receive(String sourceEndpoint, String originalName, byte[] payload, long sizeBytes, Instant receivedAt);

    /** Records a receipt (AppRec) Samport writes itself, answering {@code original}; status QUEUED. */
    UUID createReceipt(StoredMessage original, DecodedFacts facts, String destinationEndpoint, String detail);

    Optional<StoredMessage> find(UUID trackingId);

    /** Messages with this MsgId, newest first. */
    List<StoredMessage> findByMsgId(String msgId);

    /** Messages in this status, newest first. */
    List<StoredMessage> findByStatus(MessageStatus status, int limit);

    /**
     * Messages in one of these statuses with no status change and no history row since {@code quietSince}, oldest
     * first: messages whose queue entry may have been lost.
     */
    List<StoredMessage> findStalled(java.util.Set<MessageStatus> statuses, Instant quietSince, int limit);

    /** The message a receipt answers: same MsgId, sent by one of the given HER-ids. */
    Optional<StoredMessage> findOriginal(String msgId, Collection<String> senderHerIds);

    byte[] payload(UUID trackingId);

    Optional<String> canonical(UUID trackingId);

    List<StatusEvent> history(UUID trackingId);

    /** Stores the decoded form; status DECODED. */
    void decoded(UUID trackingId, DecodedFacts facts, String stage);

    /** Records what could be read of a message that is rejected before it was decoded (no status change). */
    void identified(UUID trackingId, DecodedFacts facts);

    /**
     * Registers (sender HER-id, MsgId) for duplicate detection.
     *
     * @return the tracking id of an earlier message with the same key, or empty when this message is the first
     */
    Optional<UUID> registerMessageKey(String senderHerId, String msgId, UUID trackingId);

    /**
     * Gives a message a new receiver before delivery (routing to the patient's GP): its receiver HER-id and canonical
     * form change, and the reason is written to its history (no status change).
     */
    void readdress(UUID trackingId, String receiverHerId, String canonicalJson, String detail, String stage);

    /** Chooses the destination endpoint; status RESOLVED. */
    void resolved(UUID trackingId, String destinationEndpoint, String detail, String stage);

    /** A status change with a reason, written to the history. */
    void transition(UUID trackingId, MessageStatus status, String detail, String stage);

    /** A history note that does not change the status (a retry, a warning, a policy decision). */
    void note(UUID trackingId, String detail, String stage);

    /** Status REJECTED with an 8221 code and reason. */
    void reject(UUID trackingId, String errorCode, String errorText, String stage);

    /** Status FAILED: the broker gave up on {@code queue}; reprocessing puts the message back there. */
    void fail(UUID trackingId, String queue, String detail, String stage);

    /** Links a receipt received from a receiver to the message it answers. */
    void relate(UUID receiptTrackingId, UUID messageTrackingId, String detail, String stage);

    /** Claims the one receipt a message's sender gets; false when it already has one. */
    boolean claimReceipt(UUID messageTrackingId, UUID receiptTrackingId);

    /** Records that the message was handed to an endpoint; false when that was already done (idempotent delivery). */
    boolean recordHandOver(UUID trackingId, String endpoint);

    /** Whether the message was already handed to that endpoint. */
    boolean isHandedOver(UUID trackingId, String endpoint);

    // --- task-sharing policy -------------------------------------------------------------------------------------

    /**
     * Stores the policy stage's decision with everything it changed, and moves the message on: status QUEUED for its
     * (possibly new) destination, or REJECTED when a rule rejects it. One transaction, with its history row.
     */
    void decided(UUID trackingId, PolicyRecord record, String detail, String stage);

    /** The task-sharing decision stored with the message, if it has passed the policy stage. */
    Optional<StoredDecision> decision(UUID trackingId);

    /**
     * Records a finding about a message outside the policy stage (a data-quality finding from {@code source}, e.g.
     * "directory"), with a history note; it is counted in {@link #findingCounts} like the policy's findings.
     */
    void finding(UUID trackingId, PolicyRecord.Finding finding, String source, String stage);

    /** Findings per sending organisation and rule, for messages decided in [from, to). */
    List<FindingCount> findingCounts(Instant from, Instant to);

    /** The deadlines tracked for a message. */
    List<DeadlineState> deadlines(UUID trackingId);

    /** Deadlines in a status (e.g. ALARM), oldest due first. */
    List<DeadlineState> deadlinesIn(String status, int limit);

    /**
     * Records that a message answers {@code answeredMsgId} (its RefToParent) and is addressed to one of
     * {@code askerHerIds}: the open "answered" deadlines of the message asked, sent by one of those HER-ids, are met at
     * {@code at}. Returns how many.
     */
    int answered(String answeredMsgId, Collection<String> askerHerIds, UUID answerTrackingId, Instant at);

    /**
     * Settles the deadlines at {@code now}, in one transaction: those met since the last time become MET, MET_LATE or
     * CLEARED; those due and not met become ALARM. Writes a history note on each message concerned and returns the
     * deadlines that changed, in their new state. Rows another node is settling are skipped.
     */
    List<DeadlineState> settleDeadlines(Instant now);

    /** How many deadlines are in ALARM now. */
    long openAlarms();
}
