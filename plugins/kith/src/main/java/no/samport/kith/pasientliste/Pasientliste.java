package no.samport.kith.pasientliste;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A HIS 1023:2010 patient list (NAV/HELFO Pasientliste 1.0, NS {@value #NAMESPACE}): one GP's list in a municipality
 * for one month, with every patient on it that month (STANDARDS.md §8).
 *
 * @param listeType  LE list with a doctor, LU list without (defined by the standard, "not in use yet")
 * @param month      the month the list covers (GjelderManed, ListeFOMDato .. ListeTOMDato)
 * @param fnrLege    the GP's fødselsnummer, or null
 * @param listeNr    the number of a list without a doctor, or null
 * @param legeNavn   the GP's name, or null
 * @param kommune    the municipality (kommunenummer) where the GP has the contract
 * @param kommuneNavn its name (the CS's DN), or null
 * @param format     PI structured XML (Samport writes only PI)
 * @param pasienter  the patients
 */
public record Pasientliste(String listeType, YearMonth month, String fnrLege, String listeNr, String legeNavn,
                           String kommune, String kommuneNavn, String format, List<Pasient> pasienter) {

    public static final String NAMESPACE = "http://www.kith.no/xmlstds/nav/pasientliste/2010-02-01";
    /** ListeType: a list with a doctor. */
    public static final String WITH_DOCTOR = "LE";
    /** ListeType: a list without a doctor. */
    public static final String WITHOUT_DOCTOR = "LU";
    /** Format: structured XML (PasientInformasjon). */
    public static final String STRUCTURED = "PI";

    public Pasientliste {
        pasienter = List.copyOf(pasienter);
    }

    /** Antall: the patients in the list. */
    public int antall() {
        return pasienter.size();
    }

    @Override
    public String toString() {
        return "Pasientliste[" + listeType + ", " + month + ", kommune " + kommune + ", " + pasienter.size()
                + " patients]";
    }

    /**
     * One patient on the list.
     *
     * @param fom            PasientFOMDato: on the list from
     * @param tom            PasientTOMDato: on the list until, or null
     * @param endringskode   Endringskode (CS), or null
     * @param avgangsarsak   Avgangsarsak (CS), or null
     * @param navKontor      NAVkontor (required by the schema)
     * @param fnrHovedperson FnrHovedperson, or null
     * @param person         the person (fk1:Person)
     */
    public record Pasient(LocalDate fom, LocalDate tom, String endringskode, String avgangsarsak, String navKontor,
                          String fnrHovedperson, Person person) {

        @Override
        public String toString() {
            return "Pasient[" + fom + ".." + tom + "]";
        }
    }

    /**
     * fk1:Person.
     *
     * @param familyName  FamilyName
     * @param middleName  MiddleName
     * @param givenName   GivenName
     * @param dateOfBirth DateOfBirth
     * @param sex         Sex, 3101 (1 male, 2 female, 0 unknown, 9 unspecified)
     * @param nin         the fødselsnummer or D-nummer (Ident/Id)
     * @param ninType     its 8116 type: FNR or DNR
     */
    public record Person(String familyName, String middleName, String givenName, LocalDate dateOfBirth, String sex,
                         String nin, String ninType) {

        @Override
        public String toString() {
            return "Person[" + ninType + " ***********]";
        }
    }
}
