package no.samport.directory.gp;

import java.time.LocalDate;

/**
 * A person's time on one GP list (Fastlegeregisteret {@code PatientToGPContractAssociation}).
 *
 * @param id               Samport's id of the membership
 * @param contractId       the list's contract
 * @param patient          who
 * @param period           from and (when it ended) to
 * @param beginCode        7754, e.g. OTOB ordinary switch, OTVE assigned from a waiting list
 * @param endCode          7753 when ended (OHID died, OHIU emigrated, OHUT unlisted …), or null
 * @param navOffice        the NAV office HIS 1023 names for the person, or null
 * @param provenance       who said so, and when
 */
public record Membership(long id, String contractId, ListedPatient patient, Period period, String beginCode,
                         String endCode, String navOffice, Provenance provenance) {

    public boolean activeOn(LocalDate day) {
        return period.contains(day);
    }

    @Override
    public String toString() {
        return "Membership[id=" + id + ", contract=" + contractId + ", period=" + period + "]";
    }
}
