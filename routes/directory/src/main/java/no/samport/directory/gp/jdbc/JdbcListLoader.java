package no.samport.directory.gp.jdbc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.GpChange.SnapshotMember;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads a whole list at once (a snapshot onto an empty list): one statement per few thousand rows, the columns passed
 * as arrays and unnested by PostgreSQL. This is the path a municipality's initial load of some 220 000 listed patients
 * takes (docs/performance.md).
 */
public final class JdbcListLoader {

    private static final int BATCH = 5_000;
    private static final String PATIENTS = "insert into gp_patient (nin, family_name, given_name, birth_date, sex,"
            + " home_municipality, updated_at) select n, f, g, b, s, h, ? from unnest(?::varchar[], ?::text[],"
            + " ?::text[], ?::date[], ?::varchar[], ?::varchar[]) as t(n, f, g, b, s, h) on conflict (nin) do update"
            + " set family_name = coalesce(excluded.family_name, gp_patient.family_name),"
            + " given_name = coalesce(excluded.given_name, gp_patient.given_name),"
            + " birth_date = coalesce(excluded.birth_date, gp_patient.birth_date),"
            + " sex = coalesce(excluded.sex, gp_patient.sex),"
            + " home_municipality = coalesce(excluded.home_municipality, gp_patient.home_municipality),"
            + " updated_at = excluded.updated_at";
    private static final String MEMBERSHIPS = "insert into gp_membership (contract_id, patient_nin, valid_from,"
            + " valid_to, begin_code, end_code, home_municipality, nav_office, source, source_time)"
            + " select ?, n, f, t, b, e, h, v, ?, ? from unnest(?::varchar[], ?::date[], ?::date[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::text[]) as x(n, f, t, b, e, h, v)";

    private final JdbcTemplate jdbc;

    public JdbcListLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the members of one list; returns how many memberships were written. */
    public int load(String contractId, List<SnapshotMember> members, Provenance provenance, Instant now) {
        for (int start = 0; start < members.size(); start += BATCH) {
            List<SnapshotMember> batch = members.subList(start, Math.min(members.size(), start + BATCH));
            patients(batch, now);
            int n = batch.size();
            String[] nins = new String[n];
            String[] from = new String[n];
            String[] to = new String[n];
            String[] begin = new String[n];
            String[] end = new String[n];
            String[] home = new String[n];
            String[] nav = new String[n];
            for (int i = 0; i < n; i++) {
                SnapshotMember m = batch.get(i);
                nins[i] = m.patient().nin();
                from[i] = m.period().from().toString();
                to[i] = m.period().to() == null ? null : m.period().to().toString();
                begin[i] = m.beginCode();
                end[i] = m.endCode();
                home[i] = m.patient().homeMunicipality();
                nav[i] = m.navOffice();
            }
            jdbc.update(MEMBERSHIPS, contractId, provenance.source(), Sql.ts(provenance.sourceTime()), nins, from, to,
                    begin, end, home, nav);
        }
        return members.size();
    }

    private void patients(List<SnapshotMember> batch, Instant now) {
        // a person listed twice in one snapshot (left and came back) is one row
        Map<String, ListedPatient> distinct = new LinkedHashMap<>();
        batch.forEach(m -> distinct.put(m.patient().nin(), m.patient()));
        int n = distinct.size();
        String[] nins = new String[n];
        String[] family = new String[n];
        String[] given = new String[n];
        String[] birth = new String[n];
        String[] sex = new String[n];
        String[] home = new String[n];
        int i = 0;
        for (ListedPatient p : distinct.values()) {
            nins[i] = p.nin();
            family[i] = p.familyName();
            given[i] = p.givenName();
            birth[i] = p.birthDate() == null ? null : p.birthDate().toString();
            sex[i] = p.sex();
            home[i] = p.homeMunicipality();
            i++;
        }
        jdbc.update(PATIENTS, Sql.ts(now), nins, family, given, birth, sex, home);
    }
}
