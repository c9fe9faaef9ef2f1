package no.samport.testfixtures.gplists;

import java.util.List;
import java.util.Random;

/** Common Norwegian given and family names, combined at random: no real person is described. */
final class SyntheticNames {

    private static final List<String> WOMEN = List.of("Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva",
            "Berit", "Astrid", "Bjørg", "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria",
            "Elisabeth", "Kristin", "Nora", "Emma", "Sara", "Thea", "Ingeborg");
    private static final List<String> MEN = List.of("Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Svein",
            "Arne", "Thomas", "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "Jon",
            "Magnus", "Jakob", "Emil", "Henrik", "Sindre");
    private static final List<String> FAMILY = List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen",
            "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg",
            "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
            "Lund", "Sørensen", "Strand", "Moen", "Bakken", "Solberg", "Lie", "Rønning", "Aune", "Sandvik", "Fjeld");

    private SyntheticNames() {
    }

    static String given(Random random, boolean male) {
        List<String> names = male ? MEN : WOMEN;
        return names.get(random.nextInt(names.size()));
    }

    static String family(Random random) {
        return FAMILY.get(random.nextInt(FAMILY.size()));
    }
}
