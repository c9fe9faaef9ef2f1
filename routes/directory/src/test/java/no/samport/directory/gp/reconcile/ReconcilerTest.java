package no.samport.directory.gp.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.samport.directory.gp.jdbc.JdbcReportedFigures.Figure;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final List<String> PRECEDENCE = List.of("kommune", "flr", "helfo", "helsenorge");

    private static Figure figure(String source, String metric, long value) {
        return new Figure(source, "municipality:1805", metric, "2019-03", value, Instant.parse("2019-04-02T10:00:00Z"));
    }

    @Test
    void disagreeingSourcesAreReportedWithProvenanceAndTheMunicipalValueWins() {
        // GL-22: helsenorge-derived leavers = 0, the municipality reports 5 for the same town
        List<Discrepancy> found = Reconciler.discrepancies(List.of(figure("helsenorge", "leavers", 0),
                figure("kommune", "leavers", 5)), PRECEDENCE, f -> null);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("municipality:1805");
            assertThat(d.values()).extracting(Discrepancy.SourceValue::source).containsExactly("kommune", "helsenorge");
            assertThat(d.acceptedSource()).isEqualTo("kommune");
            assertThat(d.acceptedValue()).isEqualTo(5);
        });
    }

    @Test
    void sourcesThatAgreeAreNotReported() {
        assertThat(Reconciler.discrepancies(List.of(figure("flr", "listed", 830), figure("helfo", "listed", 830)),
                PRECEDENCE, f -> null)).isEmpty();
    }

    @Test
    void aSourceDisagreeingWithSamportsOwnListsIsReported() {
        List<Discrepancy> found = Reconciler.discrepancies(List.of(figure("flr", "listed", 1102)), PRECEDENCE,
                f -> 1100L);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.samportValue()).isEqualTo(1100L);
            assertThat(d.acceptedValue()).isEqualTo(1102);
        });
    }

    @Test
    void aSourceNotInThePrecedenceRanksAfterThoseNamed() {
        List<Discrepancy> found = Reconciler.discrepancies(List.of(figure("survey", "vacant", 47),
                figure("helfo", "vacant", 43)), PRECEDENCE, f -> null);

        assertThat(found.get(0).acceptedSource()).isEqualTo("helfo");
    }
}
