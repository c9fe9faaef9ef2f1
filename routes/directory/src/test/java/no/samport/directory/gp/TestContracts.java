package no.samport.directory.gp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small builders for contracts and doctors in unit tests (fictional offices, HER-ids and HPR numbers). */
public final class TestContracts {

    public static final GpOffice LADE = new GpOffice("974760673", "8300200", "Lade legesenter", "5099");
    public static final Provenance FLR = new Provenance("flr", Instant.parse("2024-01-15T10:00:00Z"));

    private TestContracts() {
    }

    public static GpContract contract(String id, int cap, ContractStatus status, LocalDate from, Doctor... doctors) {
        return new GpContract(id, LADE, "5099", cap, status, Period.from(from), ContractModel.HOVEDMODELL,
                List.of(doctors), FLR);
    }

    public static GpContract open(String id, int cap, Doctor... doctors) {
        return contract(id, cap, ContractStatus.FAAA, LocalDate.of(2010, 1, 1), doctors);
    }

    public static Doctor fastlege(String hpr, String herId, LocalDate from, LocalDate to) {
        return new Doctor(hpr, "Fastlege " + hpr, herId, null, DoctorRelationship.LPFL, null, new Period(from, to));
    }

    public static Doctor vikar(String hpr, String herId, LocalDate from, LocalDate to) {
        return new Doctor(hpr, "Vikar " + hpr, herId, null, DoctorRelationship.LPVI, null, new Period(from, to));
    }

    public static Doctor delelege(String hpr, String herId, LocalDate from) {
        return new Doctor(hpr, "Delelege " + hpr, herId, null, DoctorRelationship.LPDL, null, Period.from(from));
    }
}
