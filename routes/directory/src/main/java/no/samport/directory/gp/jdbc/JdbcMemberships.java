package no.samport.directory.gp.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import org.springframework.jdbc.core.JdbcTemplate;

/** Persons on GP lists and their memberships, in PostgreSQL. Call inside a transaction when writing. */
public final class JdbcMemberships {

    static final String PATIENT_UPSERT = "insert into gp_patient (nin, family_name, given_name, birth_date, sex,"
            + " home_municipality, updated_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (nin) do update set"
            + " family_name = coalesce(excluded.family_name, gp_patient.family_name),"
            + " given_name = coalesce(excluded.given_name, gp_patient.given_name),"
            + " birth_date = coalesce(excluded.birth_date, gp_patient.birth_date),"
            + " sex = coalesce(excluded.sex, gp_patient.sex),"
            + " home_municipality = coalesce(excluded.home_municipality, gp_patient.home_municipality),"
            + " updated_at = excluded.updated_at";
    static final String INSERT = "insert into gp_membership (contract_id, patient_nin, valid_from, valid_to,"
            + " begin_code, end_code, home_municipality, nav_office, source, source_time)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "m.id, m.contract_id, m.valid_from, m.valid_to, m.begin_code, m.end_code,"
            + " m.nav_office, m.source, m.source_time, p.nin, p.family_name, p.given_name, p.birth_date, p.sex,"
            + " coalesce(m.home_municipality, p.home_municipality) as home";
    private static final String FROM = " from gp_membership m join gp_patient p on p.nin = m.patient_nin";
    private static final String ACTIVE = " m.valid_from <= ? and (m.valid_to is null or m.valid_to >= ?)";

    private final JdbcTemplate jdbc;

    public JdbcMemberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records or completes what is known of a person (known values are kept when the new ones are missing). */
    public void savePatient(ListedPatient patient, Instant now) {
        jdbc.update(PATIENT_UPSERT, patientRow(patient, now));
    }

    static Object[] patientRow(ListedPatient p, Instant now) {
        return new Object[] {p.nin(), p.familyName(), p.givenName(), p.birthDate(), p.sex(), p.homeMunicipality(),
                Sql.ts(now)};
    }

    /** Adds a membership; returns its id. */
    public long add(String contractId, ListedPatient patient, Period period, String beginCode, String navOffice,
                    Provenance provenance) {
        return jdbc.queryForObject(INSERT + " returning id", Long.class, contractId, patient.nin(), period.from(),
                period.to(), beginCode, null, patient.homeMunicipality(), navOffice, provenance.source(),
                Sql.ts(provenance.sourceTime()));
    }

    /** Ends a membership on a day. */
    public void end(long id, LocalDate to, String endCode, Provenance provenance) {
        jdbc.update("update gp_membership set valid_to = ?, end_code = ?, source = ?, source_time = ? where id = ?",
                to, endCode, provenance.source(), Sql.ts(provenance.sourceTime()), id);
    }

    /** The person's membership on any list on that day. */
    public Optional<Membership> activeOn(String nin, LocalDate day) {
        return jdbc.query("select " + COLUMNS + FROM + " where m.patient_nin = ? and" + ACTIVE
                + " order by m.valid_from desc limit 1", JdbcMemberships::membership, nin, day, day).stream().findFirst();
    }

    /** The person's memberships on all lists, latest first. */
    public List<Membership> ofPatient(String nin) {
        return jdbc.query("select " + COLUMNS + FROM + " where m.patient_nin = ? order by m.valid_from desc, m.id desc",
                JdbcMemberships::membership, nin);
    }

    /** The patients on a list on a day. */
    public List<Membership> membersOn(String contractId, LocalDate day) {
        return jdbc.query("select " + COLUMNS + FROM + " where m.contract_id = ? and" + ACTIVE + " order by m.id",
                JdbcMemberships::membership, contractId, day, day);
    }

    /** Memberships of a list that overlap a period (a month's list: everyone on it on any day of the month). */
    public List<Membership> overlapping(String contractId, LocalDate from, LocalDate to) {
        return jdbc.query("select " + COLUMNS + FROM + " where m.contract_id = ? and m.valid_from <= ?"
                + " and (m.valid_to is null or m.valid_to >= ?) order by m.id", JdbcMemberships::membership,
                contractId, to, from);
    }

    /** Memberships of a list that began or ended within a period (the list's changes in that period). */
    public List<Membership> changedWithin(String contractId, LocalDate from, LocalDate to) {
        return jdbc.query("select " + COLUMNS + FROM + " where m.contract_id = ? and ((m.valid_from between ? and ?)"
                + " or (m.valid_to between ? and ?)) order by m.id", JdbcMemberships::membership,
                contractId, from, to, from, to);
    }

    /** Memberships by id. */
    public List<Membership> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + FROM + " where m.id = any (?) order by m.id",
                JdbcMemberships::membership, (Object) ids.toArray(Long[]::new));
    }

    /** Patients on a list on a day. */
    public int listedOn(String contractId, LocalDate day) {
        Integer count = jdbc.queryForObject("select count(*) from gp_membership m where m.contract_id = ? and" + ACTIVE,
                Integer.class, contractId, day, day);
        return count == null ? 0 : count;
    }

    /** Patients on each list on a day. */
    public Map<String, Integer> listedPerContract(LocalDate day) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select m.contract_id, count(*) as listed from gp_membership m where" + ACTIVE
                + " group by m.contract_id", rs -> {
                    counts.put(rs.getString("contract_id"), rs.getInt("listed"));
                }, day, day);
        return counts;
    }

    /** Whether any membership was ever recorded on the list. */
    public boolean hasAny(String contractId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from gp_membership where contract_id = ?)", Boolean.class, contractId));
    }

    static Membership membership(ResultSet rs, int row) throws SQLException {
        ListedPatient patient = new ListedPatient(rs.getString("nin"), rs.getString("family_name"),
                rs.getString("given_name"), Sql.date(rs, "birth_date"), rs.getString("sex"), rs.getString("home"));
        return new Membership(rs.getLong("id"), rs.getString("contract_id"), patient,
                Sql.period(rs, "valid_from", "valid_to"), rs.getString("begin_code"), rs.getString("end_code"),
                rs.getString("nav_office"), Sql.provenance(rs));
    }
}
