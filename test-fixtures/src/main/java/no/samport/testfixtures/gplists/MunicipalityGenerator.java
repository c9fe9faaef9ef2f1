package no.samport.testfixtures.gplists;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates municipalities of realistic size from the figures in GP-LISTS.md §7 (sources cited per figure); where the
 * sources say nothing the choice is marked as an assumption. The same seed gives the same municipality.
 */
public final class MunicipalityGenerator {

    private final Random random;
    private final SyntheticIdentities ids;
    private final PersonFactory persons;

    public MunicipalityGenerator(long seed) {
        this.random = new Random(seed);
        this.ids = new SyntheticIdentities(random);
        this.persons = new PersonFactory(random, ids);
    }

    /**
     * Trondheim (kommunenummer 5001): 200 GPs (000_a508f49ec9d7047b.txt:248-250), average list "vel 1100" (:904, :171),
     * almost no free places, a municipal waiting list of "vel 4000" (:906-907) of whom under 200 have no GP at all
     * (:313-315), 6 offices with at most 3 doctors (:914-916), one salaried municipal office (:248-250). Assumptions:
     * about 40 offices; 1 in 10 lists over its cap after a cut (about 40 % of GPs want a shorter list, :972); 3 % of
     * the listed live in neighbouring municipalities; the waiting list's two other groups are equally large.
     */
    public SyntheticMunicipality trondheim(LocalDate today) {
        List<Integer> officeSizes = new ArrayList<>(List.of(3, 3, 3, 2, 3, 3));
        int doctors = officeSizes.stream().mapToInt(Integer::intValue).sum();
        while (doctors < 200) {
            int size = Math.min(4 + random.nextInt(4), 200 - doctors);
            officeSizes.add(size);
            doctors += size;
        }
        ListBuilder lists = new ListBuilder("5001", "TRD", random, ids, persons, today);
        for (int o = 0; o < officeSizes.size(); o++) {
            String office = lists.office(o == 0 ? "Trondheim kommunale legekontor" : "Legesenter " + (o + 1));
            for (int d = 0; d < officeSizes.get(o); d++) {
                int listed = (int) Math.round(1100 + random.nextGaussian() * 180);
                listed = Math.max(600, Math.min(1700, listed));
                int roll = random.nextInt(100);
                int cap = roll < 10 ? listed - 1 - random.nextInt(60) : roll < 95 ? listed : listed + 1 + random.nextInt(8);
                lists.contract(office, cap, listed, o == 0 ? "fastlonn" : "hovedmodell", lists.since(), roll == 50);
            }
        }
        List<SyntheticMunicipality.Waiting> waiting = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String group = i < 190 ? "no-gp" : i % 2 == 0 ? "gp-elsewhere" : "switch-within";
            waiting.add(new SyntheticMunicipality.Waiting("TRD-V" + (i + 1), persons.person("5001", random.nextInt(100) < 3),
                    null, group, joined(today, 900)));
        }
        return lists.build("Trondheim", "municipal", waiting);
    }

    /**
     * Grimstad (4202): 25 contracts, all filled from March 2024, 24 050 contracted places, 24 545 listed, yet 400 free
     * places on particular lists (003_54fd67d15dc3804f.txt:160-161, 323-325); 7 salaried with incentive, 4 "8.2" and
     * 14 self-employed (:419-426); 2 115 on per-GP waiting lists (:327-329); 4 new contracts of 750 (:690-700) start
     * on {@code newContractsFrom}. Assumptions: 7 offices; the queues gather on the lists that are full.
     */
    public SyntheticMunicipality grimstad(LocalDate today, LocalDate newContractsFrom) {
        int[] caps = split(24_050, 25, 750, 1200);
        int[] free = split(400, 10, 10, 80);
        int[] over = split(24_545 - 24_050 + 400, 15, 10, 120);
        List<String> models = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            models.add(i < 7 ? "fastlonn-bonus" : i < 11 ? "8.2-avtale" : "hovedmodell");
        }
        ListBuilder lists = new ListBuilder("4202", "GRM", random, ids, persons, today);
        List<String> offices = new ArrayList<>();
        for (int o = 0; o < 7; o++) {
            offices.add(lists.office(o == 0 ? "Grimstad legesenter" : "Legekontor " + (o + 1)));
        }
        List<String> fullLists = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            int listed = i < 10 ? caps[i] - free[i] : caps[i] + over[i - 10];
            String id = lists.contract(offices.get(i % 7), caps[i], listed, models.get(i), lists.since(), false);
            if (i >= 10) {
                fullLists.add(id);
            }
        }
        for (int i = 0; i < 4; i++) {
            lists.contract(offices.get(i), 750, 0, "fastlonn-bonus", newContractsFrom, false);
        }
        List<SyntheticMunicipality.Waiting> waiting = new ArrayList<>();
        for (int i = 0; i < 2_115; i++) {
            waiting.add(new SyntheticMunicipality.Waiting("GRM-V" + (i + 1), persons.person("4202", false),
                    fullLists.get(random.nextInt(fullLists.size())), null, joined(today, 700)));
        }
        return lists.build("Grimstad", "per-gp", waiting);
    }

    private java.time.Instant joined(LocalDate today, int maxDaysAgo) {
        return today.minusDays(1 + random.nextInt(maxDaysAgo)).atTime(8 + random.nextInt(8), random.nextInt(60))
                .atZone(ZoneId.of("Europe/Oslo")).toInstant();
    }

    /** {@code parts} random numbers between min and max (roughly) summing to {@code total}. */
    private int[] split(int total, int parts, int min, int max) {
        int[] values = new int[parts];
        int sum = 0;
        for (int i = 0; i < parts; i++) {
            values[i] = min + random.nextInt(max - min + 1);
            sum += values[i];
        }
        for (int i = 0; sum != total; i = (i + 1) % parts) {
            int step = sum < total ? 1 : -1;
            if (values[i] + step >= 1) {
                values[i] += step;
                sum += step;
            }
        }
        return values;
    }
}
