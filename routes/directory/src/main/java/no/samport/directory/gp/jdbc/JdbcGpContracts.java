package no.samport.directory.gp.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samport.directory.gp.Competence;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.Provenance;
import org.springframework.jdbc.core.JdbcTemplate;

/** GP offices and contracts with their doctors, in PostgreSQL. Call inside a transaction when writing. */
public final class JdbcGpContracts {

    private static final String CONTRACT_COLUMNS = "c.id, c.municipality, c.max_patients, c.status, c.valid_from,"
            + " c.valid_to, c.contract_model, c.source, c.source_time, o.org_nr, o.her_id, o.name,"
            + " o.municipality as office_municipality";
    private static final String FROM = " from gp_contract c join gp_office o on o.org_nr = c.office_org_nr";

    private final JdbcTemplate jdbc;

    public JdbcGpContracts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates or replaces a contract, its office and its doctors. */
    public void save(GpContract contract, Instant now) {
        GpOffice office = contract.office();
        Provenance p = contract.provenance();
        jdbc.update("insert into gp_office (org_nr, her_id, name, municipality, source, source_time, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict (org_nr) do update set"
                        + " her_id = coalesce(excluded.her_id, gp_office.her_id), name = excluded.name,"
                        + " municipality = excluded.municipality, source = excluded.source,"
                        + " source_time = excluded.source_time, updated_at = excluded.updated_at",
                office.orgNr(), office.herId(), office.name(), office.municipality(), p.source(),
                Sql.ts(p.sourceTime()), Sql.ts(now));
        jdbc.update("insert into gp_contract (id, office_org_nr, municipality, max_patients, status, valid_from,"
                        + " valid_to, contract_model, source, source_time, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set"
                        + " office_org_nr = excluded.office_org_nr, municipality = excluded.municipality,"
                        + " max_patients = excluded.max_patients, status = excluded.status,"
                        + " valid_from = excluded.valid_from, valid_to = excluded.valid_to,"
                        + " contract_model = excluded.contract_model, source = excluded.source,"
                        + " source_time = excluded.source_time, updated_at = excluded.updated_at",
                contract.id(), office.orgNr(), contract.municipality(), contract.maxPatients(),
                contract.status().code(), contract.validity().from(), contract.validity().to(),
                contract.model() == null ? null : contract.model().code(), p.source(), Sql.ts(p.sourceTime()),
                Sql.ts(now));
        jdbc.update("delete from gp_contract_doctor where contract_id = ?", contract.id());
        jdbc.batchUpdate("insert into gp_contract_doctor (contract_id, hpr, name, her_id, nin, relationship,"
                        + " substitute_for_hpr, valid_from, valid_to, competence)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                contract.doctors().stream().map(d -> new Object[] {contract.id(), d.hpr(), d.name(), d.herId(),
                        d.nin(), d.relationship().code(), d.substituteForHpr(), d.period().from(),
                        d.period().to(), d.competence() == null ? null : d.competence().code()}).toList());
        jdbc.update("delete from gp_contract_advert where contract_id = ?", contract.id());
        jdbc.batchUpdate("insert into gp_contract_advert (contract_id, advertised_on) values (?, ?)",
                contract.adverts().stream().map(day -> new Object[] {contract.id(), day}).toList());
    }

    public Optional<GpContract> find(String id) {
        return load(" where c.id = ?", id).stream().findFirst();
    }

    public List<GpContract> all() {
        return load(" order by c.id");
    }

    public List<GpContract> inMunicipality(String municipality) {
        return load(" where c.municipality = ? order by c.id", municipality);
    }

    public List<GpContract> atOffice(String orgNr) {
        return load(" where c.office_org_nr = ? order by c.id", orgNr);
    }

    /**
     * The running, open contracts of a municipality whose cap exceeds the patients listed on the day plus the places
     * held by open offers: the lists that have a place to offer.
     */
    public List<String> withPlacesToOffer(String municipality, java.time.LocalDate day) {
        return jdbc.queryForList("select c.id from gp_contract c where c.municipality = ? and c.status = 'FAAA'"
                        + " and c.valid_from <= ? and (c.valid_to is null or c.valid_to >= ?) and c.max_patients >"
                        + " (select count(*) from gp_membership m where m.contract_id = c.id and m.valid_from <= ?"
                        + " and (m.valid_to is null or m.valid_to >= ?)) + (select count(*) from gp_waiting_entry w"
                        + " where w.status = 'OFFERED' and w.offered_contract_id = c.id) order by c.id",
                String.class, municipality, day, day, day, day);
    }

    /** The contract on which a doctor (by fødselsnummer) is fastlege or delelege in a municipality, if one. */
    public Optional<String> heldBy(String doctorNin, String municipality) {
        return jdbc.queryForList("select distinct c.id from gp_contract c join gp_contract_doctor d on d.contract_id = c.id"
                        + " where d.nin = ? and c.municipality = ? and d.relationship in ('LPFL', 'LPDL') order by c.id",
                String.class, doctorNin, municipality).stream().findFirst();
    }

    /** The office with this organisasjonsnummer or HER-id. */
    public Optional<GpOffice> office(String orgNrOrHerId) {
        return jdbc.query("select org_nr, her_id, name, municipality from gp_office where org_nr = ? or her_id = ?",
                (rs, row) -> new GpOffice(rs.getString("org_nr"), rs.getString("her_id"), rs.getString("name"),
                        rs.getString("municipality")), orgNrOrHerId, orgNrOrHerId).stream().findFirst();
    }

    private List<GpContract> load(String where, Object... args) {
        Map<String, List<Doctor>> doctors = doctors(where, args);
        Map<String, List<LocalDate>> adverts = adverts(where, args);
        return jdbc.query("select " + CONTRACT_COLUMNS + FROM + where,
                (rs, row) -> contract(rs, doctors.getOrDefault(rs.getString("id"), List.of()),
                        adverts.getOrDefault(rs.getString("id"), List.of())), args);
    }

    private Map<String, List<LocalDate>> adverts(String where, Object... args) {
        Map<String, List<LocalDate>> byContract = new LinkedHashMap<>();
        jdbc.query("select a.contract_id, a.advertised_on from gp_contract_advert a join gp_contract c"
                + " on c.id = a.contract_id join gp_office o on o.org_nr = c.office_org_nr"
                + where.replace(" order by c.id", "") + " order by a.advertised_on", rs -> {
                    byContract.computeIfAbsent(rs.getString("contract_id"), k -> new ArrayList<>())
                            .add(rs.getObject("advertised_on", LocalDate.class));
                }, args);
        return byContract;
    }

    private Map<String, List<Doctor>> doctors(String where, Object... args) {
        Map<String, List<Doctor>> byContract = new LinkedHashMap<>();
        jdbc.query("select d.contract_id, d.hpr, d.name, d.her_id, d.nin, d.relationship, d.substitute_for_hpr,"
                + " d.valid_from, d.valid_to, d.competence from gp_contract_doctor d"
                + " join gp_contract c on c.id = d.contract_id"
                + " join gp_office o on o.org_nr = c.office_org_nr"
                + where.replace(" order by c.id", "") + " order by d.id", rs -> {
                    byContract.computeIfAbsent(rs.getString("contract_id"), k -> new ArrayList<>()).add(doctor(rs));
                }, args);
        return byContract;
    }

    private static Doctor doctor(ResultSet rs) throws SQLException {
        return new Doctor(rs.getString("hpr"), rs.getString("name"), rs.getString("her_id"), rs.getString("nin"),
                DoctorRelationship.valueOf(rs.getString("relationship")), rs.getString("substitute_for_hpr"),
                Sql.period(rs, "valid_from", "valid_to"),
                Competence.fromCode(rs.getString("competence")).orElse(null));
    }

    private static GpContract contract(ResultSet rs, List<Doctor> doctors, List<LocalDate> adverts)
            throws SQLException {
        GpOffice office = new GpOffice(rs.getString("org_nr"), rs.getString("her_id"), rs.getString("name"),
                rs.getString("office_municipality"));
        return new GpContract(rs.getString("id"), office, rs.getString("municipality"), rs.getInt("max_patients"),
                ContractStatus.valueOf(rs.getString("status")), Sql.period(rs, "valid_from", "valid_to"),
                ContractModel.fromCode(rs.getString("contract_model")).orElse(null), doctors, Sql.provenance(rs),
                adverts);
    }
}
