package no.samport.directory.gp.fhir;

import java.util.Optional;
import no.samport.directory.gp.ListedPatient;
import no.samport.plugin.api.fhir.GpListConventions;
import no.samport.plugin.api.fhir.Systems;
import no.samport.plugin.api.ident.Fodselsnummer;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;

/**
 * A listed person as a no-basis {@code Patient}: fødselsnummer or D-nummer, name, birth date, gender, and the home
 * municipality as {@code address.district} with the no-basis municipality-code extension.
 */
public final class PatientMapper {

    private PatientMapper() {
    }

    public static Patient toFhir(ListedPatient person) {
        Patient patient = new Patient();
        boolean dnr = Fodselsnummer.parse(person.nin()).map(f -> f.kind() == Fodselsnummer.Kind.DNR).orElse(false);
        patient.addIdentifier(GpCodings.identifier(dnr ? Systems.DNR : Systems.FNR, person.nin()));
        if (person.familyName() != null || person.givenName() != null) {
            HumanName name = patient.addName().setFamily(person.familyName());
            if (person.givenName() != null) {
                name.addGiven(person.givenName());
            }
        }
        if (person.birthDate() != null) {
            patient.setBirthDateElement(GpCodings.date(person.birthDate()));
        }
        if (person.sex() != null) {
            patient.setGender(switch (person.sex()) {
                case "1" -> AdministrativeGender.MALE;
                case "2" -> AdministrativeGender.FEMALE;
                default -> AdministrativeGender.UNKNOWN;
            });
        }
        if (person.homeMunicipality() != null) {
            Address address = patient.addAddress().setUse(Address.AddressUse.HOME);
            address.getDistrictElement().addExtension(GpListConventions.NO_BASIS_MUNICIPALITY_CODE,
                    GpCodings.municipality(person.homeMunicipality()));
        }
        return patient;
    }

    /** Reads a person; {@code where} names the element for error messages. */
    public static ListedPatient fromFhir(Patient patient, String where) {
        String nin = nin(patient.getIdentifier(), where);
        HumanName name = patient.hasName() ? patient.getNameFirstRep() : null;
        String sex = !patient.hasGender() ? null : switch (patient.getGender()) {
            case MALE -> "1";
            case FEMALE -> "2";
            default -> "9";
        };
        String home = patient.getAddress().stream()
                .map(a -> a.getDistrictElement().getExtensionByUrl(GpListConventions.NO_BASIS_MUNICIPALITY_CODE))
                .filter(e -> e != null)
                .map(e -> GpCodings.code(e.getValue()).orElse(null))
                .filter(c -> c != null)
                .findFirst().orElse(null);
        return new ListedPatient(nin, name == null ? null : name.getFamily(),
                name == null || !name.hasGiven() ? null : name.getGivenAsSingleString(),
                patient.hasBirthDate() ? GpCodings.day(patient.getBirthDate()) : null, sex, home);
    }

    /** The fødselsnummer or D-nummer among identifiers, checked (mod 11); the number itself never goes in an error. */
    public static String nin(java.util.List<org.hl7.fhir.r4.model.Identifier> identifiers, String where) {
        Optional<String> value = GpCodings.identifier(identifiers, Systems.FNR)
                .or(() -> GpCodings.identifier(identifiers, Systems.DNR));
        if (value.isEmpty()) {
            throw new InvalidGpDataException(where + ".identifier has no fødselsnummer (" + Systems.FNR
                    + ") or D-nummer (" + Systems.DNR + ")");
        }
        if (!Fodselsnummer.hasValidCheckDigits(value.get())) {
            throw new InvalidGpDataException(where + ".identifier: the fødselsnummer or D-nummer is not 11 digits "
                    + "with valid check digits");
        }
        return value.get();
    }
}
