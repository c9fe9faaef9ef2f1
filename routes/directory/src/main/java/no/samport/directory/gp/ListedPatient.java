package no.samport.directory.gp;

import java.time.LocalDate;

/**
 * A person on a GP list, as far as lists need to know them: identity, name and birth date for the GP's EPJ (HIS 1023)
 * and the home municipality (Helfo settles per resident). Health data: {@link #toString()} prints no identity.
 *
 * @param nin              fødselsnummer or D-nummer
 * @param familyName       family name, or null
 * @param givenName        given name(s), or null
 * @param birthDate        date of birth, or null
 * @param sex              3101: 1 male, 2 female, 0/9 unknown; or null
 * @param homeMunicipality the municipality (3402) the person lives in, or null
 */
public record ListedPatient(String nin, String familyName, String givenName, LocalDate birthDate, String sex,
                            String homeMunicipality) {

    public ListedPatient {
        if (nin == null || !nin.strip().matches("\\d{11}")) {
            throw new IllegalArgumentException("A listed person needs an 11-digit fødselsnummer or D-nummer");
        }
        nin = nin.strip();
    }

    public static ListedPatient identifiedOnly(String nin, String homeMunicipality) {
        return new ListedPatient(nin, null, null, null, null, homeMunicipality);
    }

    @Override
    public String toString() {
        return "ListedPatient[***********, home=" + homeMunicipality + "]";
    }
}
