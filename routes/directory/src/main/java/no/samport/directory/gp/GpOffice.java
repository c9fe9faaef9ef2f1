package no.samport.directory.gp;

/**
 * A GP office (legekontor): where contracts are run and, through its HER-id, the communication party that receives
 * messages for lists without a single responsible doctor.
 *
 * @param orgNr        organisasjonsnummer (Enhetsregisteret), the office's key
 * @param herId        its HER-id in Adresseregisteret, or null when unknown
 * @param name         its name
 * @param municipality the municipality (3402) it lies in
 */
public record GpOffice(String orgNr, String herId, String name, String municipality) {

    public GpOffice {
        if (orgNr == null || !orgNr.strip().matches("\\d{9}")) {
            throw new IllegalArgumentException("A GP office is identified by its 9-digit organisasjonsnummer");
        }
        orgNr = orgNr.strip();
        herId = herId == null || herId.isBlank() ? null : herId.strip();
    }
}
