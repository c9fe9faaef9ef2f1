package no.samport.gateway.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.FindingCount;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.PolicyRecord;
import no.samport.pipeline.store.StoredDecision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task-sharing tables: a decision per message, findings for reports (V5_1). {@link #decided} writes the decision,
 * what it changed, its findings and deadlines, and the message's status change in one transaction; deciding again
 * (a reprocessed message) replaces the earlier findings and pending deadlines.
 */
final class PolicyTables {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StatusHistory history;

    PolicyTables(JdbcTemplate jdbc, TransactionTemplate tx, StatusHistory history) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.history = history;
    }

    void decided(UUID trackingId, PolicyRecord record, String detail, String stage) {
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWithoutResult(status -> {
            jdbc.update("insert into policy_decision (tracking_id, rule_set_version, path, decision, decided_at)"
                            + " values (?, ?, ?, ?::json, ?) on conflict (tracking_id) do update set"
                            + " rule_set_version = excluded.rule_set_version, path = excluded.path,"
                            + " decision = excluded.decision, decided_at = excluded.decided_at",
                    trackingId, record.version(), String.join(",", record.path()), record.decisionJson(), now);
            jdbc.update("delete from policy_finding where tracking_id = ?", trackingId);
            jdbc.update("delete from policy_deadline where tracking_id = ? and status in ('OPEN', 'ALARM')", trackingId);
            for (PolicyRecord.Finding f : record.findings()) {
                insertFinding(trackingId, f, record.version(), now);
            }
            for (PolicyRecord.Deadline d : record.deadlines()) {
                jdbc.update("insert into policy_deadline (tracking_id, rule_id, obligation, met_by, awaited_msg_id,"
                                + " due_at, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        trackingId, d.ruleId(), d.obligation(), d.metBy(), d.awaitedMsgId(), Timestamp.from(d.dueAt()),
                        DeadlineState.OPEN, now);
            }
            if (record.canonicalJson() != null) {
                jdbc.update("update message_payload set canonical = ? where tracking_id = ?", record.canonicalJson(),
                        trackingId);
            }
            moveOn(trackingId, record, detail, stage, now);
        });
    }

    private void moveOn(UUID trackingId, PolicyRecord record, String detail, String stage, Timestamp now) {
        PolicyRecord.Rejection rejection = record.rejection();
        if (rejection != null) {
            jdbc.update("update message set status = ?, error_code = ?, error_text = ?, updated_at = ? where tracking_id = ?",
                    MessageStatus.REJECTED.name(), rejection.code(), rejection.reason(), now, trackingId);
            history.add(trackingId, MessageStatus.REJECTED, stage, rejection.code() + ": " + rejection.reason()
                    + " (rule " + rejection.ruleId() + "); " + detail);
            return;
        }
        jdbc.update("update message set status = ?, destination_endpoint = ?,"
                        + " receiver_her_id = coalesce(?, receiver_her_id), updated_at = ? where tracking_id = ?",
                MessageStatus.QUEUED.name(), record.destinationEndpoint(), record.receiverHerId(), now, trackingId);
        history.add(trackingId, MessageStatus.QUEUED, stage, detail + "; queued for endpoint " + record.destinationEndpoint());
    }

    Optional<StoredDecision> decision(UUID trackingId) {
        return jdbc.query("select tracking_id, rule_set_version, path, decision::text as decision, decided_at"
                        + " from policy_decision where tracking_id = ?",
                (rs, row) -> new StoredDecision(rs.getObject("tracking_id", UUID.class), rs.getString("rule_set_version"),
                        rs.getString("path").isEmpty() ? List.of() : Arrays.asList(rs.getString("path").split(",")),
                        rs.getString("decision"), rs.getTimestamp("decided_at").toInstant()),
                trackingId).stream().findFirst();
    }

    /** A finding from outside the policy stage (a data-quality finding), with a history note, in one transaction. */
    void finding(UUID trackingId, PolicyRecord.Finding f, String source, String stage) {
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWithoutResult(status -> {
            String current = jdbc.queryForObject("select status from message where tracking_id = ? for update",
                    String.class, trackingId);
            insertFinding(trackingId, f, source, now);
            history.add(trackingId, MessageStatus.valueOf(current), stage, "finding " + f.ruleId() + ": " + f.text());
        });
    }

    /** {@code version}: the rule-set versions, or for findings from outside the policy stage their source. */
    private void insertFinding(UUID trackingId, PolicyRecord.Finding f, String version, Timestamp now) {
        jdbc.update("insert into policy_finding (tracking_id, rule_id, modality, finding, sender_org_her_id,"
                        + " sender_org_name, message_type, report_to, rule_set_version, found_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                trackingId, f.ruleId(), f.modality(), f.text(), f.senderOrgHerId(), f.senderOrgName(),
                f.messageType(), String.join(",", f.reportTo()), version, now);
    }

    List<FindingCount> findingCounts(Instant from, Instant to) {
        return jdbc.query("select sender_org_her_id, max(sender_org_name) as sender_org_name, rule_id, max(modality)"
                        + " as modality, count(*) as n, min(found_at) as first, max(found_at) as last from policy_finding"
                        + " where found_at >= ? and found_at < ? group by sender_org_her_id, rule_id"
                        + " order by n desc, sender_org_her_id, rule_id",
                (rs, row) -> new FindingCount(rs.getString("sender_org_her_id"), rs.getString("sender_org_name"),
                        rs.getString("rule_id"), rs.getString("modality"), rs.getLong("n"),
                        rs.getTimestamp("first").toInstant(), rs.getTimestamp("last").toInstant()),
                Timestamp.from(from), Timestamp.from(to));
    }
}
