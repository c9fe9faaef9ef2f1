package no.samport.gateway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.DecodedFacts;
import no.samport.pipeline.store.FindingCount;
import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.PolicyRecord;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredDecision;
import no.samport.pipeline.store.StoredMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The message store in PostgreSQL. Every status change and its history row are written in one transaction. The
 * task-sharing tables (decisions, findings, deadlines) are in {@link PolicyTables}.
 */
public final class JdbcMessageStore implements MessageStore {

    private static final String COLUMNS = "tracking_id, kind, created_by_samport, source_endpoint, destination_endpoint,"
            + " status, format, msg_id, message_type, sender_her_id, receiver_her_id, conversation_id,"
            + " related_tracking_id, receipt_tracking_id, error_code, error_text, size_bytes, original_name,"
            + " failed_queue, received_at, updated_at";

    private static final RowMapper<StoredMessage> MESSAGE = JdbcMessageStore::message;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StatusHistory history;
    private final PolicyTables policy;
    private final DeadlineTables deadlines;

    public JdbcMessageStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.history = new StatusHistory(jdbc);
        this.policy = new PolicyTables(jdbc, tx, history);
        this.deadlines = new DeadlineTables(jdbc, tx, history);
    }

    @Override
    public UUID receive(String sourceEndpoint, String originalName, byte[] payload, long sizeBytes, Instant receivedAt) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(status -> {
            jdbc.update("insert into message (tracking_id, kind, source_endpoint, status, size_bytes, original_name,"
                            + " received_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    id, MessageKind.UNKNOWN.name(), sourceEndpoint, MessageStatus.RECEIVED.name(), sizeBytes,
                    Names.truncate(originalName, 255), ts(receivedAt), ts(receivedAt));
            jdbc.update("insert into message_payload (tracking_id, raw) values (?, ?)", id, payload);
            history(id, MessageStatus.RECEIVED, "intake", "received on endpoint " + sourceEndpoint
                    + (originalName == null ? "" : " as " + originalName) + ", " + sizeBytes + " bytes");
        });
        return id;
    }

    @Override
    public UUID createReceipt(StoredMessage original, DecodedFacts facts, String destinationEndpoint, String detail) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        tx.executeWithoutResult(status -> {
            jdbc.update("insert into message (tracking_id, kind, created_by_samport, source_endpoint,"
                            + " destination_endpoint, status, msg_id, message_type, sender_her_id, receiver_her_id,"
                            + " conversation_id, related_tracking_id, size_bytes, received_at, updated_at)"
                            + " values (?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                    id, MessageKind.RECEIPT.name(), original.sourceEndpoint(), destinationEndpoint,
                    MessageStatus.QUEUED.name(), facts.msgId(), facts.messageType(), facts.senderHerId(),
                    facts.receiverHerId(), facts.conversationId(), original.trackingId(), ts(now), ts(now));
            jdbc.update("insert into message_payload (tracking_id, raw, canonical) values (?, ?, ?)",
                    id, new byte[0], facts.canonicalJson());
            history(id, MessageStatus.QUEUED, "receipt", detail + "; answers message " + original.trackingId());
        });
        return id;
    }

    @Override
    public Optional<StoredMessage> find(UUID trackingId) {
        return jdbc.query("select " + COLUMNS + " from message where tracking_id = ?", MESSAGE, trackingId)
                .stream().findFirst();
    }

    @Override
    public List<StoredMessage> findByMsgId(String msgId) {
        return jdbc.query("select " + COLUMNS + " from message where msg_id = ? order by received_at desc",
                MESSAGE, msgId);
    }

    @Override
    public List<StoredMessage> findByStatus(MessageStatus status, int limit) {
        return jdbc.query("select " + COLUMNS + " from message where status = ? order by received_at desc limit ?",
                MESSAGE, status.name(), limit);
    }

    @Override
    public List<StoredMessage> findStalled(java.util.Set<MessageStatus> statuses, Instant quietSince, int limit) {
        String in = String.join(",", java.util.Collections.nCopies(statuses.size(), "?"));
        List<Object> args = new java.util.ArrayList<>();
        statuses.forEach(status -> args.add(status.name()));
        args.add(ts(quietSince));
        args.add(ts(quietSince));
        args.add(limit);
        return jdbc.query("select " + COLUMNS + " from message m where m.status in (" + in + ") and m.updated_at < ?"
                + " and not exists (select 1 from message_status h where h.tracking_id = m.tracking_id and h.at >= ?)"
                + " order by m.updated_at limit ?", MESSAGE, args.toArray());
    }

    @Override
    public Optional<StoredMessage> findOriginal(String msgId, Collection<String> senderHerIds) {
        List<StoredMessage> candidates = jdbc.query("select " + COLUMNS + " from message where msg_id = ?"
                + " and kind = ? order by received_at", MESSAGE, msgId, MessageKind.MESSAGE.name());
        Optional<StoredMessage> bySender = candidates.stream()
                .filter(m -> senderHerIds.contains(m.senderHerId()))
                .findFirst();
        return bySender.isPresent() || candidates.size() != 1 ? bySender : Optional.of(candidates.get(0));
    }

    @Override
    public byte[] payload(UUID trackingId) {
        return jdbc.queryForObject("select raw from message_payload where tracking_id = ?", byte[].class, trackingId);
    }

    @Override
    public Optional<String> canonical(UUID trackingId) {
        return jdbc.queryForList("select canonical from message_payload where tracking_id = ?", String.class,
                trackingId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public List<StatusEvent> history(UUID trackingId) {
        return jdbc.query("select tracking_id, status, stage, detail, at from message_status where tracking_id = ?"
                        + " order by id",
                (rs, row) -> new StatusEvent(rs.getObject("tracking_id", UUID.class),
                        MessageStatus.valueOf(rs.getString("status")), rs.getString("stage"), rs.getString("detail"),
                        rs.getTimestamp("at").toInstant()),
                trackingId);
    }

    @Override
    public void decoded(UUID trackingId, DecodedFacts facts, String stage) {
        tx.executeWithoutResult(status -> {
            jdbc.update("update message set kind = ?, format = ?, msg_id = ?, message_type = ?, sender_her_id = ?,"
                            + " receiver_her_id = ?, conversation_id = ?, status = ?, updated_at = ? where tracking_id = ?",
                    facts.kind().name(), facts.format(), facts.msgId(), facts.messageType(), facts.senderHerId(),
                    facts.receiverHerId(), facts.conversationId(), MessageStatus.DECODED.name(), ts(Instant.now()),
                    trackingId);
            jdbc.update("update message_payload set canonical = ? where tracking_id = ?", facts.canonicalJson(),
                    trackingId);
            history(trackingId, MessageStatus.DECODED, stage, facts.messageType() + " " + facts.format() + " from HER-id "
                    + facts.senderHerId() + " to HER-id " + facts.receiverHerId() + ", MsgId " + facts.msgId()
                    + (facts.warnings().isEmpty() ? "" : ", " + facts.warnings().size() + " tolerated deviation(s)"));
        });
    }

    @Override
    public void identified(UUID trackingId, DecodedFacts facts) {
        jdbc.update("update message set kind = ?, msg_id = ?, message_type = ?, sender_her_id = ?, receiver_her_id = ?,"
                        + " conversation_id = ? where tracking_id = ?",
                facts.kind().name(), facts.msgId(), facts.messageType(), facts.senderHerId(), facts.receiverHerId(),
                facts.conversationId(), trackingId);
    }

    @Override
    public Optional<UUID> registerMessageKey(String senderHerId, String msgId, UUID trackingId) {
        jdbc.update("insert into message_key (sender_her_id, msg_id, tracking_id) values (?, ?, ?)"
                + " on conflict (sender_her_id, msg_id) do nothing", senderHerId, msgId, trackingId);
        UUID owner = jdbc.queryForObject("select tracking_id from message_key where sender_her_id = ? and msg_id = ?",
                UUID.class, senderHerId, msgId);
        return trackingId.equals(owner) ? Optional.empty() : Optional.ofNullable(owner);
    }

    @Override
    public void readdress(UUID trackingId, String receiverHerId, String canonicalJson, String detail, String stage) {
        tx.executeWithoutResult(status -> {
            String current = jdbc.queryForObject("select status from message where tracking_id = ? for update",
                    String.class, trackingId);
            jdbc.update("update message set receiver_her_id = ?, updated_at = ? where tracking_id = ?", receiverHerId,
                    ts(Instant.now()), trackingId);
            jdbc.update("update message_payload set canonical = ? where tracking_id = ?", canonicalJson, trackingId);
            history(trackingId, MessageStatus.valueOf(current), stage, detail);
        });
    }

    @Override
    public void resolved(UUID trackingId, String destinationEndpoint, String detail, String stage) {
        tx.executeWithoutResult(status -> {
            jdbc.update("update message set destination_endpoint = ?, status = ?, updated_at = ? where tracking_id = ?",
                    destinationEndpoint, MessageStatus.RESOLVED.name(), ts(Instant.now()), trackingId);
            history(trackingId, MessageStatus.RESOLVED, stage, detail);
        });
    }

    @Override
    public void transition(UUID trackingId, MessageStatus newStatus, String detail, String stage) {
        tx.executeWithoutResult(status -> {
            jdbc.update("update message set status = ?, failed_queue = null, updated_at = ? where tracking_id = ?",
                    newStatus.name(), ts(Instant.now()), trackingId);
            history(trackingId, newStatus, stage, detail);
        });
    }

    @Override
    public void note(UUID trackingId, String detail, String stage) {
        tx.executeWithoutResult(status -> {
            String current = jdbc.queryForObject("select status from message where tracking_id = ? for update",
                    String.class, trackingId);
            history(trackingId, MessageStatus.valueOf(current), stage, detail);
        });
    }

    @Override
    public void reject(UUID trackingId, String errorCode, String errorText, String stage) {
        tx.executeWithoutResult(status -> {
            jdbc.update("update message set status = ?, error_code = ?, error_text = ?, updated_at = ?"
                            + " where tracking_id = ?",
                    MessageStatus.REJECTED.name(), errorCode, errorText, ts(Instant.now()), trackingId);
            history(trackingId, MessageStatus.REJECTED, stage, (errorCode == null ? "" : errorCode + ": ") + errorText);
        });
    }

    @Override
    public void fail(UUID trackingId, String queue, String detail, String stage) {
        tx.executeWithoutResult(status -> {
            jdbc.update("update message set status = ?, failed_queue = ?, updated_at = ? where tracking_id = ?",
                    MessageStatus.FAILED.name(), queue, ts(Instant.now()), trackingId);
            history(trackingId, MessageStatus.FAILED, stage, detail);
        });
    }

    @Override
    public void relate(UUID receiptTrackingId, UUID messageTrackingId, String detail, String stage) {
        tx.executeWithoutResult(status -> {
            jdbc.update("update message set related_tracking_id = ?, updated_at = ? where tracking_id = ?",
                    messageTrackingId, ts(Instant.now()), receiptTrackingId);
            String current = jdbc.queryForObject("select status from message where tracking_id = ?", String.class,
                    receiptTrackingId);
            history(receiptTrackingId, MessageStatus.valueOf(current), stage, detail);
        });
    }

    @Override
    public boolean claimReceipt(UUID messageTrackingId, UUID receiptTrackingId) {
        return jdbc.update("update message set receipt_tracking_id = ? where tracking_id = ?"
                + " and (receipt_tracking_id is null or receipt_tracking_id = ?)",
                receiptTrackingId, messageTrackingId, receiptTrackingId) == 1;
    }

    @Override
    public boolean recordHandOver(UUID trackingId, String endpoint) {
        return jdbc.update("insert into hand_over (tracking_id, endpoint, handed_over_at) values (?, ?, ?)"
                + " on conflict do nothing", trackingId, endpoint, ts(Instant.now())) == 1;
    }

    @Override
    public boolean isHandedOver(UUID trackingId, String endpoint) {
        Integer count = jdbc.queryForObject("select count(*) from hand_over where tracking_id = ? and endpoint = ?",
                Integer.class, trackingId, endpoint);
        return count != null && count > 0;
    }

    private void history(UUID trackingId, MessageStatus status, String stage, String detail) {
        history.add(trackingId, status, stage, detail);
    }

    @Override
    public void decided(UUID trackingId, PolicyRecord record, String detail, String stage) {
        policy.decided(trackingId, record, detail, stage);
    }

    @Override
    public Optional<StoredDecision> decision(UUID trackingId) {
        return policy.decision(trackingId);
    }

    @Override
    public void finding(UUID trackingId, PolicyRecord.Finding finding, String source, String stage) {
        policy.finding(trackingId, finding, source, stage);
    }

    @Override
    public List<FindingCount> findingCounts(Instant from, Instant to) {
        return policy.findingCounts(from, to);
    }

    @Override
    public List<DeadlineState> deadlines(UUID trackingId) {
        return deadlines.deadlines(trackingId);
    }

    @Override
    public List<DeadlineState> deadlinesIn(String status, int limit) {
        return deadlines.deadlinesIn(status, limit);
    }

    @Override
    public int answered(String answeredMsgId, Collection<String> askerHerIds, UUID answerTrackingId, Instant at) {
        return deadlines.answered(answeredMsgId, askerHerIds, answerTrackingId, at);
    }

    @Override
    public List<DeadlineState> settleDeadlines(Instant now) {
        return deadlines.settleDeadlines(now);
    }

    @Override
    public long openAlarms() {
        return deadlines.openAlarms();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static StoredMessage message(ResultSet rs, int row) throws SQLException {
        return new StoredMessage(
                rs.getObject("tracking_id", UUID.class),
                MessageKind.valueOf(rs.getString("kind")),
                rs.getBoolean("created_by_samport"),
                rs.getString("source_endpoint"),
                rs.getString("destination_endpoint"),
                MessageStatus.valueOf(rs.getString("status")),
                rs.getString("format"),
                rs.getString("msg_id"),
                rs.getString("message_type"),
                rs.getString("sender_her_id"),
                rs.getString("receiver_her_id"),
                rs.getString("conversation_id"),
                rs.getObject("related_tracking_id", UUID.class),
                rs.getObject("receipt_tracking_id", UUID.class),
                rs.getString("error_code"),
                rs.getString("error_text"),
                rs.getLong("size_bytes"),
                rs.getString("original_name"),
                rs.getString("failed_queue"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
