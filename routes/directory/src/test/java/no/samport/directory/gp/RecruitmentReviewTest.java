package no.samport.directory.gp;

import static no.samport.directory.gp.TestContracts.fastlege;
import static no.samport.directory.gp.TestContracts.vikar;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GL-07: a vacant contract served by a vikar; one year after the fastlege left and after at least three adverts the
 * municipality reviews the recruitment (`000_a508f49ec9d7047b.txt:951-954`).
 */
class RecruitmentReviewTest {

    private static final LocalDate HELD_FROM = LocalDate.of(2014, 9, 1);
    private static final LocalDate LEFT = LocalDate.of(2023, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 2);

    private static GpContract vacant(List<LocalDate> adverts, Doctor... more) {
        List<Doctor> doctors = new java.util.ArrayList<>(List.of(fastlege("9100001", "8300201", HELD_FROM, LEFT),
                vikar("9100002", "8300202", LEFT.plusDays(1), null)));
        doctors.addAll(List.of(more));
        return new GpContract("5001-117", TestContracts.LADE, "5001", 1100, ContractStatus.FAAA,
                Period.from(LocalDate.of(2002, 1, 1)), ContractModel.HOVEDMODELL, doctors, TestContracts.FLR, adverts);
    }

    private static final List<LocalDate> THREE_ADVERTS = List.of(LocalDate.of(2022, 11, 15), LocalDate.of(2023, 4, 20),
            LocalDate.of(2023, 10, 2));

    @Test
    void aYearWithoutAFastlegeAndThreeAdvertsMakeTheReviewDue() {
        assertThat(RecruitmentReview.due(vacant(THREE_ADVERTS), TODAY))
                .hasValue(new RecruitmentReview.Due(LEFT.plusDays(1), 3));
    }

    @Test
    void lessThanAYearWithoutAFastlegeIsNotYetDue() {
        assertThat(RecruitmentReview.due(vacant(THREE_ADVERTS), LEFT.plusYears(1))).isEmpty();
        assertThat(RecruitmentReview.due(vacant(THREE_ADVERTS), LEFT.plusYears(1).plusDays(1))).isPresent();
    }

    @Test
    void twoAdvertsAreNotEnoughAndAdvertsForAnEarlierVacancyDoNotCount() {
        List<LocalDate> withOld = List.of(LocalDate.of(2014, 3, 1), LocalDate.of(2014, 5, 1),
                LocalDate.of(2023, 4, 20), LocalDate.of(2023, 10, 2));

        assertThat(RecruitmentReview.due(vacant(THREE_ADVERTS.subList(0, 2)), TODAY)).isEmpty();
        assertThat(RecruitmentReview.due(vacant(withOld), TODAY)).as("the 2014 adverts filled the post in 2014")
                .isEmpty();
    }

    @Test
    void aFastlegeRecruitedToStartLaterMeansNoReview() {
        assertThat(RecruitmentReview.due(vacant(THREE_ADVERTS, fastlege("9100003", null, TODAY.plusMonths(2),
                null)), TODAY)).isEmpty();
    }

    @Test
    void aContractThatNeverHadAFastlegeCountsFromItsStart() {
        GpContract nullhjemmel = new GpContract("5001-140", TestContracts.LADE, "5001", 750, ContractStatus.FAAA,
                Period.from(LocalDate.of(2023, 1, 1)), null, List.of(), TestContracts.FLR, THREE_ADVERTS);

        assertThat(RecruitmentReview.due(nullhjemmel, TODAY))
                .hasValue(new RecruitmentReview.Due(LocalDate.of(2023, 1, 1), 3));
    }

    @Test
    void aListWithItsFastlegeIsNeverDue() {
        GpContract held = TestContracts.open("5001-001", 1000, fastlege("9100009", null, HELD_FROM, null));

        assertThat(RecruitmentReview.due(held, TODAY)).isEmpty();
    }
}
