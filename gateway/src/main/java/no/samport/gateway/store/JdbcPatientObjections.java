package no.samport.gateway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samport.pipeline.consent.ObjectionAudit;
import no.samport.pipeline.consent.PatientObjection;
import no.samport.pipeline.consent.PatientObjections;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Patients' objections and their audit trail in PostgreSQL (V7_1); each change and its audit row in one transaction. */
public final class JdbcPatientObjections implements PatientObjections {

    private static final String COLUMNS = "id, patient_nin, message_types, source, reason, registered_at, withdrawn_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public JdbcPatientObjections(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public PatientObjection register(String patientNin, Set<String> messageTypes, String source, String reason,
                                     Instant at) {
        return tx.execute(status -> {
            Long id = jdbc.queryForObject("insert into patient_objection (patient_nin, message_types, source, reason,"
                            + " registered_at) values (?, ?, ?, ?, ?) returning id", Long.class, patientNin,
                    String.join(",", messageTypes), source, reason, Timestamp.from(at));
            audit(id, ObjectionAudit.REGISTERED, null, "covers " + String.join(", ", messageTypes)
                    + " to the patient's GP; source: " + source, at);
            return find(id).orElseThrow();
        });
    }

    @Override
    public Optional<PatientObjection> withdraw(long id, Instant at) {
        return tx.execute(status -> {
            int changed = jdbc.update("update patient_objection set withdrawn_at = ? where id = ? and withdrawn_at is null",
                    Timestamp.from(at), id);
            if (changed == 1) {
                audit(id, ObjectionAudit.WITHDRAWN, null, "withdrawn", at);
            }
            return find(id);
        });
    }

    @Override
    public List<PatientObjection> forPatient(String patientNin) {
        return jdbc.query("select " + COLUMNS + " from patient_objection where patient_nin = ? order by id desc",
                JdbcPatientObjections::objection, patientNin);
    }

    @Override
    public void suppressed(long objectionId, UUID trackingId, String detail, Instant at) {
        audit(objectionId, ObjectionAudit.SUPPRESSED, trackingId, detail, at);
    }

    @Override
    public List<ObjectionAudit> audit(long objectionId) {
        return jdbc.query("select objection_id, action, tracking_id, detail, at from patient_objection_audit"
                        + " where objection_id = ? order by id",
                (rs, row) -> new ObjectionAudit(rs.getLong("objection_id"), rs.getString("action"),
                        rs.getObject("tracking_id", UUID.class), rs.getString("detail"),
                        rs.getTimestamp("at").toInstant()), objectionId);
    }

    @Override
    public Optional<PatientObjection> find(long id) {
        return jdbc.query("select " + COLUMNS + " from patient_objection where id = ?",
                JdbcPatientObjections::objection, id).stream().findFirst();
    }

    private void audit(long objectionId, String action, UUID trackingId, String detail, Instant at) {
        jdbc.update("insert into patient_objection_audit (objection_id, action, tracking_id, detail, at)"
                + " values (?, ?, ?, ?, ?)", objectionId, action, trackingId, detail, Timestamp.from(at));
    }

    private static PatientObjection objection(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new PatientObjection(rs.getLong("id"), rs.getString("patient_nin"),
                new LinkedHashSet<>(Arrays.asList(rs.getString("message_types").split(","))), rs.getString("source"),
                rs.getString("reason"), rs.getTimestamp("registered_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }
}
