package no.samport.directory.gp.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingGroup;
import no.samport.directory.gp.waiting.WaitingStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Waiting-list entries in PostgreSQL. Call inside a transaction when writing. */
public final class JdbcWaitingList {

    private static final String COLUMNS = "w.id, w.source, w.external_id, w.municipality, w.target_contract_id,"
            + " w.wait_group, w.joined_at, w.status, w.offered_contract_id, w.offer_deadline, w.source_time,"
            + " p.nin, p.family_name, p.given_name, p.birth_date, p.sex, p.home_municipality";
    private static final String FROM = " from gp_waiting_entry w join gp_patient p on p.nin = w.patient_nin";
    private static final String OPEN = " w.status in ('WAITING', 'OFFERED')";

    private final JdbcTemplate jdbc;

    public JdbcWaitingList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(WaitingEntry e, Instant now) {
        jdbc.update("insert into gp_waiting_entry (id, source, external_id, patient_nin, municipality,"
                        + " target_contract_id, wait_group, joined_at, status, source_time, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.provenance().source(), e.externalId(), e.patient().nin(), e.municipality(),
                e.targetContractId(), e.group() == null ? null : e.group().code(), Sql.ts(e.joinedAt()),
                e.status().name(), Sql.ts(e.provenance().sourceTime()), Sql.ts(now));
    }

    public Optional<WaitingEntry> find(UUID id) {
        return jdbc.query("select " + COLUMNS + FROM + " where w.id = ?", JdbcWaitingList::entry, id)
                .stream().findFirst();
    }

    public Optional<WaitingEntry> findByExternalId(String source, String externalId) {
        return jdbc.query("select " + COLUMNS + FROM + " where w.source = ? and w.external_id = ?",
                JdbcWaitingList::entry, source, externalId).stream().findFirst();
    }

    /** An open entry of the person for the same list (or the same municipal list). */
    public Optional<WaitingEntry> openEntry(String nin, String municipality, String targetContractId) {
        return jdbc.query("select " + COLUMNS + FROM + " where w.patient_nin = ? and w.municipality = ? and"
                        + " w.target_contract_id is not distinct from ? and" + OPEN,
                JdbcWaitingList::entry, nin, municipality, targetContractId).stream().findFirst();
    }

    /**
     * Entries waiting for a place on this list — queued for it, or on the municipality's list — whose person is not
     * on it already.
     */
    public List<WaitingEntry> waitingFor(String contractId, String municipality) {
        return jdbc.query("select " + COLUMNS + FROM + " where w.status = 'WAITING' and (w.target_contract_id = ?"
                        + " or (w.target_contract_id is null and w.municipality = ?)) and not exists (select 1 from"
                        + " gp_membership m where m.patient_nin = w.patient_nin and m.contract_id = ?"
                        + " and m.valid_to is null)",
                JdbcWaitingList::entry, contractId, municipality, contractId);
    }

    /** Places on a list held by open offers. */
    public int heldOffers(String contractId) {
        Integer held = jdbc.queryForObject("select count(*) from gp_waiting_entry where status = 'OFFERED'"
                + " and offered_contract_id = ?", Integer.class, contractId);
        return held == null ? 0 : held;
    }

    public void offer(UUID id, String contractId, Instant at, Instant deadline) {
        jdbc.update("update gp_waiting_entry set status = 'OFFERED', offered_contract_id = ?, offered_at = ?,"
                + " offer_deadline = ?, updated_at = ? where id = ?", contractId, Sql.ts(at), Sql.ts(deadline),
                Sql.ts(at), id);
    }

    /** Closes an entry; an accepted one names the membership it became. */
    public void close(UUID id, WaitingStatus status, Instant at, Long membershipId) {
        jdbc.update("update gp_waiting_entry set status = ?, closed_at = ?, membership_id = ?, updated_at = ?"
                + " where id = ?", status.name(), Sql.ts(at), membershipId, Sql.ts(at), id);
    }

    /** Offers whose deadline has passed. */
    public List<WaitingEntry> expiredOffers(Instant now) {
        return jdbc.query("select " + COLUMNS + FROM + " where w.status = 'OFFERED' and w.offer_deadline < ?"
                + " order by w.offer_deadline", JdbcWaitingList::entry, Sql.ts(now));
    }

    /** Open entries per municipality's list (key: municipality) — the municipal model's waiting count. */
    public Map<String, Integer> openPerMunicipality() {
        return jdbc.query("select municipality, count(*) as n from gp_waiting_entry w where" + OPEN
                        + " group by municipality", (rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Open entries queued for each list (per-GP model). */
    public Map<String, Integer> openPerContract() {
        return jdbc.query("select target_contract_id, count(*) as n from gp_waiting_entry w where" + OPEN
                        + " and target_contract_id is not null group by target_contract_id",
                        (rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Open entries of a municipality, in no particular order. */
    public List<WaitingEntry> openIn(String municipality) {
        return jdbc.query("select " + COLUMNS + FROM + " where w.municipality = ? and" + OPEN,
                JdbcWaitingList::entry, municipality);
    }

    static WaitingEntry entry(ResultSet rs, int row) throws SQLException {
        ListedPatient patient = new ListedPatient(rs.getString("nin"), rs.getString("family_name"),
                rs.getString("given_name"), Sql.date(rs, "birth_date"), rs.getString("sex"),
                rs.getString("home_municipality"));
        return new WaitingEntry(rs.getObject("id", UUID.class), rs.getString("external_id"), patient,
                rs.getString("municipality"), rs.getString("target_contract_id"),
                WaitingGroup.fromCode(rs.getString("wait_group")).orElse(null), Sql.instant(rs, "joined_at"),
                WaitingStatus.valueOf(rs.getString("status")), rs.getString("offered_contract_id"),
                Sql.instant(rs, "offer_deadline"), Sql.provenance(rs));
    }
}
