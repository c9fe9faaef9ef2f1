package no.samport.directory.gp.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.GpChange.SnapshotMember;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads a whole list at once (a snapshot onto an empty list), in batches: the path a municipality's initial load of
 * some 220 000 listed patients takes.
 */
public final class JdbcListLoader {

    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;

    public JdbcListLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the members of one list; returns how many memberships were written. */
    public int load(String contractId, List<SnapshotMember> members, Provenance provenance, Instant now) {
        for (int start = 0; start < members.size(); start += BATCH) {
            List<SnapshotMember> batch = members.subList(start, Math.min(members.size(), start + BATCH));
            List<Object[]> patients = new ArrayList<>(batch.size());
            List<Object[]> memberships = new ArrayList<>(batch.size());
            for (SnapshotMember member : batch) {
                patients.add(JdbcMemberships.patientRow(member.patient(), now));
                memberships.add(new Object[] {contractId, member.patient().nin(), member.period().from(),
                        member.period().to(), member.beginCode(), member.endCode(),
                        member.patient().homeMunicipality(), member.navOffice(), provenance.source(),
                        Sql.ts(provenance.sourceTime())});
            }
            jdbc.batchUpdate(JdbcMemberships.PATIENT_UPSERT, patients);
            jdbc.batchUpdate(JdbcMemberships.INSERT, memberships);
        }
        return members.size();
    }
}
