package no.samport.directory.gp;

import java.time.LocalDate;
import java.util.List;

/**
 * A GP contract (fastlegeavtale, hjemmel) and its list's terms (Fastlegeregisteret {@code GPContract}).
 *
 * @param id           the contract id
 * @param office       the GP office that runs it
 * @param municipality the contracting municipality (3402): the list is counted there
 * @param maxPatients  the list cap (listetak, MaxPatients)
 * @param status       open, closed or locked (7751)
 * @param validity     when the contract runs; no one is assigned before it starts
 * @param model        how it is run, or null when not reported
 * @param doctors      the doctors on it, with their periods
 * @param provenance   which source said so, and when
 * @param adverts      the days the contract was advertised (utlysninger) while vacant, oldest first (GL-07)
 */
public record GpContract(String id, GpOffice office, String municipality, int maxPatients, ContractStatus status,
                         Period validity, ContractModel model, List<Doctor> doctors, Provenance provenance,
                         List<LocalDate> adverts) {

    /** A contract without recruitment adverts. */
    public GpContract(String id, GpOffice office, String municipality, int maxPatients, ContractStatus status,
                      Period validity, ContractModel model, List<Doctor> doctors, Provenance provenance) {
        this(id, office, municipality, maxPatients, status, validity, model, doctors, provenance, List.of());
    }

    public GpContract {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A GP contract needs an id");
        }
        if (maxPatients < 0) {
            throw new IllegalArgumentException("The list cap of contract " + id + " is negative: " + maxPatients);
        }
        if (office == null || municipality == null || status == null || validity == null) {
            throw new IllegalArgumentException("GP contract " + id + " needs an office, a municipality, a status "
                    + "and a period");
        }
        id = id.strip();
        doctors = List.copyOf(doctors);
        adverts = adverts == null ? List.of() : adverts.stream().distinct().sorted().toList();
    }

    public boolean runsOn(LocalDate day) {
        return validity.contains(day);
    }

    /** The same contract without the doctors' fødselsnumre: for everything but the GP office's own HIS 1023 lists. */
    public GpContract withoutDoctorNins() {
        return new GpContract(id, office, municipality, maxPatients, status, validity, model, doctors.stream()
                .map(d -> new Doctor(d.hpr(), d.name(), d.herId(), null, d.relationship(), d.substituteForHpr(),
                        d.period(), d.competence())).toList(), provenance, adverts);
    }

    public List<Doctor> doctorsOn(LocalDate day) {
        return doctors.stream().filter(d -> d.activeOn(day)).toList();
    }
}
