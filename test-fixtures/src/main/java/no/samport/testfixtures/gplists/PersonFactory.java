package no.samport.testfixtures.gplists;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Synthetic persons of all ages, most living in the municipality, some in a neighbouring one. */
final class PersonFactory {

    /** Neighbours used for cross-border choice (GP-LISTS.md §4: people choose GPs across municipal borders). */
    private static final Map<String, List<String>> NEIGHBOURS = Map.of(
            "5001", List.of("5028", "5031", "5029"),
            "4202", List.of("4203", "4215", "4213"));

    private final Random random;
    private final SyntheticIdentities ids;

    PersonFactory(Random random, SyntheticIdentities ids) {
        this.random = random;
        this.ids = ids;
    }

    SyntheticMunicipality.Person person(String municipality, boolean fromNeighbour) {
        boolean male = random.nextBoolean();
        LocalDate birth = LocalDate.of(1925, 1, 1).plusDays(random.nextInt(365 * 98));
        List<String> neighbours = NEIGHBOURS.getOrDefault(municipality, List.of(municipality));
        String home = fromNeighbour ? neighbours.get(random.nextInt(neighbours.size())) : municipality;
        return new SyntheticMunicipality.Person(ids.fodselsnummer(birth, male), SyntheticNames.family(random),
                SyntheticNames.given(random, male), birth, male ? "1" : "2", home);
    }

    /** A doctor of working age, as a person. */
    SyntheticMunicipality.Person doctor(String municipality) {
        boolean male = random.nextBoolean();
        LocalDate birth = LocalDate.of(1955, 1, 1).plusDays(random.nextInt(365 * 38));
        return new SyntheticMunicipality.Person(ids.fodselsnummer(birth, male), SyntheticNames.family(random),
                SyntheticNames.given(random, male), birth, male ? "1" : "2", municipality);
    }
}
