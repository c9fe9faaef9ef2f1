package no.samport.directory.gp.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samport.directory.gp.Competence;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.MunicipalityProperties;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import org.junit.jupiter.api.Test;

/**
 * GL-21: monthly list statistics of a northern region, checked against the figures of `001_a566af941c37529c.txt`
 * (GP-LISTS.md §7): 554 contracts (:909), 34 lists without a GP (:921), average list 830 (:918-920), contract models
 * 38/19/28/15 % (:2147-2167), a little over half of the GPs specialists in allmennmedisin and in all 89 % specialists or
 * in training (:2527-2535), 87 municipalities, 42 % under 2 000 inhabitants (:519, :5454). Assumptions where the sources
 * say nothing: 14 of the 34 lists have a vikar (the 2017 share, 11 of 26, :8684-8688); 270 specialists and 193 in
 * training among the 520 holders; lists spread evenly over the municipalities, lengths around 830.
 */
class NorthernRegionStatisticsTest {

    private static final LocalDate DAY = LocalDate.of(2019, 3, 31);
    private static final LocalDate SINCE = LocalDate.of(2012, 1, 1);
    private static final int MUNICIPALITIES = 87;
    private static final Provenance FLR = new Provenance("flr", DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));

    private static ContractModel model(int i) {
        // 211 / 105 / 155 / 83 of 554 = 38 / 19 / 28 / 15 %
        return i < 211 ? ContractModel.HOVEDMODELL : i < 316 ? ContractModel.AVTALE_8_2
                : i < 471 ? ContractModel.FASTLONN_BONUS : ContractModel.FASTLONN;
    }

    private static List<Doctor> doctors(int i, int holders) {
        if (i >= 520) {
            return i < 534 ? List.of(new Doctor("91" + i, null, null, null, DoctorRelationship.LPVI, null,
                    Period.from(SINCE))) : List.of();
        }
        Competence competence = holders < 270 ? Competence.SPECIALIST : holders < 463 ? Competence.IN_TRAINING
                : Competence.NEITHER;
        return List.of(new Doctor("90" + i, null, null, null, DoctorRelationship.LPFL, null, Period.from(SINCE),
                competence));
    }

    private static Map<String, List<ListRow>> region() {
        Map<String, List<ListRow>> byMunicipality = new HashMap<>();
        int totalListed = 0;
        for (int i = 0; i < 554; i++) {
            String municipality = String.valueOf(1800 + i % MUNICIPALITIES);
            GpContract contract = new GpContract("NN-" + i, new GpOffice("9" + (10_000_000 + i % 141), null,
                    "Legekontor " + i % 141, municipality), municipality, 1000, ContractStatus.FAAA, Period.from(SINCE),
                    model(i), doctors(i, i), FLR);
            int listed = i == 553 ? 554 * 830 - totalListed : 830 + (i % 2 == 0 ? 1 : -1) * (i % 200);
            totalListed += listed;
            byMunicipality.computeIfAbsent(municipality, k -> new ArrayList<>()).add(new ListRow(contract, listed, 0,
                    DAY));
        }
        return byMunicipality;
    }

    private static MunicipalityProperties inhabitants(String municipality) {
        MunicipalityProperties settings = new MunicipalityProperties();
        // 42 % of the 87 (37) under 2 000 inhabitants: the first 37 numbers
        settings.setInhabitants(Integer.parseInt(municipality) - 1800 < 37 ? 1_500 : 12_000);
        return settings;
    }

    @Test
    void theRegionsFiguresMatchTheReport() {
        List<MunicipalityStatistics> stats = region().entrySet().stream()
                .map(e -> StatisticsCalculator.municipality(e.getKey(), inhabitants(e.getKey()), e.getValue(), 0,
                        new StatisticsCalculator.Residents(Map.of()), DAY)).toList();

        int contracts = stats.stream().mapToInt(MunicipalityStatistics::contracts).sum();
        long listed = stats.stream().mapToLong(MunicipalityStatistics::listed).sum();
        assertThat(stats).hasSize(MUNICIPALITIES);
        assertThat(contracts).isEqualTo(554);
        assertThat(stats.stream().mapToInt(s -> s.listsServedByVikar() + s.listsWithoutDoctor()).sum())
                .as("lists without a GP").isEqualTo(34);
        assertThat(stats.stream().mapToInt(MunicipalityStatistics::listsServedByVikar).sum()).isEqualTo(14);
        assertThat((double) listed / contracts).as("average list").isEqualTo(830.0);
        Map<String, Integer> models = stats.stream().flatMap(s -> s.contractModels().entrySet().stream())
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.summingInt(Map.Entry::getValue)));
        assertThat(percent(models.get("hovedmodell"), contracts)).isEqualTo(38);
        assertThat(percent(models.get("8.2-avtale"), contracts)).isEqualTo(19);
        assertThat(percent(models.get("fastlonn-bonus"), contracts)).isEqualTo(28);
        assertThat(percent(models.get("fastlonn"), contracts)).isEqualTo(15);
        Map<String, Integer> competence = stats.stream().flatMap(s -> s.holderCompetence().entrySet().stream())
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.summingInt(Map.Entry::getValue)));
        int holders = competence.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(holders).isEqualTo(520);
        assertThat(percent(competence.get("spesialist"), holders)).as("a little over half").isEqualTo(52);
        assertThat(percent(competence.get("spesialist") + competence.get("under-spesialisering"), holders))
                .isEqualTo(89);
        assertThat(stats.stream().filter(s -> Boolean.TRUE.equals(s.utjamningstilskudd())).count())
                .as("the 37 under 2 000 inhabitants, each with an average list under 1 200").isEqualTo(37);
    }

    private static long percent(int part, int whole) {
        return Math.round(100.0 * part / whole);
    }
}
