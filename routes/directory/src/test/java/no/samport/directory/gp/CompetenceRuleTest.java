package no.samport.directory.gp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GL-20: the kompetanseforskrift's demand on fastleger tilsatt etter 1. mars 2017. */
class CompetenceRuleTest {

    private static final LocalDate AUGUST_2019 = LocalDate.of(2019, 8, 1);

    private static Doctor doctor(DoctorRelationship relationship, LocalDate from, Competence competence) {
        return new Doctor("9144889", "Ola Nullhjemmel", "8300210", null, relationship, null, Period.from(from),
                competence);
    }

    private static GpContract contract(Doctor... doctors) {
        return TestContracts.contract("1804-031", 800, ContractStatus.FAAA, AUGUST_2019, doctors);
    }

    @Test
    void aFastlegeFromAugust2019WhoIsNeitherSpecialistNorInTrainingIsAFinding() {
        // GL-20: a contract starting 2019-08-01 for a doctor neither specialist nor in training
        Doctor doctor = doctor(DoctorRelationship.LPFL, AUGUST_2019, Competence.NEITHER);

        assertThat(CompetenceRule.finding(contract(doctor), doctor)).hasValueSatisfying(finding -> assertThat(finding)
                .contains("contract 1804-031").contains("HPR number 9144889").contains("2019-08-01")
                .contains("tilsatt etter 1. mars 2017").contains("were imported"));
    }

    @Test
    void specialistsAndDoctorsInTrainingMeetTheRule() {
        assertThat(CompetenceRule.breaches(doctor(DoctorRelationship.LPFL, AUGUST_2019, Competence.SPECIALIST)))
                .isFalse();
        assertThat(CompetenceRule.breaches(doctor(DoctorRelationship.LPDL, AUGUST_2019, Competence.IN_TRAINING)))
                .isFalse();
    }

    @Test
    void aDelelegeIsHeldToTheRuleAndAVikarIsNot() {
        assertThat(CompetenceRule.breaches(doctor(DoctorRelationship.LPDL, AUGUST_2019, Competence.NEITHER))).isTrue();
        assertThat(CompetenceRule.breaches(doctor(DoctorRelationship.LPVI, AUGUST_2019, Competence.NEITHER))).isFalse();
    }

    @Test
    void doctorsOnTheContractBeforeOrOnTheFirstOfMarch2017AreNotCovered() {
        assertThat(CompetenceRule.breaches(doctor(DoctorRelationship.LPFL, LocalDate.of(2012, 1, 1),
                Competence.NEITHER))).isFalse();
        assertThat(CompetenceRule.breaches(doctor(DoctorRelationship.LPFL, CompetenceRule.IN_FORCE,
                Competence.NEITHER))).as("'etter 1. mars 2017'").isFalse();
        assertThat(CompetenceRule.breaches(doctor(DoctorRelationship.LPFL, CompetenceRule.IN_FORCE.plusDays(1),
                Competence.NEITHER))).isTrue();
    }

    @Test
    void aDoctorWhoseCompetenceWasNotReportedIsNotJudged() {
        assertThat(CompetenceRule.breaches(doctor(DoctorRelationship.LPFL, AUGUST_2019, null))).isFalse();
    }

    @Test
    void aContractSentAgainWithTheSameDoctorRaisesNoNewFinding() {
        Doctor doctor = doctor(DoctorRelationship.LPFL, AUGUST_2019, Competence.NEITHER);
        GpContract before = contract(doctor);
        GpContract capRaised = TestContracts.contract("1804-031", 1000, ContractStatus.FAAA, AUGUST_2019, doctor);

        assertThat(CompetenceRule.newFindings(null, before)).hasSize(1);
        assertThat(CompetenceRule.newFindings(before, capRaised)).isEmpty();
        assertThat(CompetenceRule.newFindings(contract(doctor(DoctorRelationship.LPFL, AUGUST_2019,
                Competence.IN_TRAINING)), before)).as("the doctor's competence was reported anew").hasSize(1);
        assertThat(CompetenceRule.newFindings(before, contract(doctor(DoctorRelationship.LPFL, AUGUST_2019,
                Competence.IN_TRAINING)))).isEmpty();
        assertThat(List.of(Competence.values())).extracting(Competence::code)
                .containsExactly("spesialist", "under-spesialisering", "ingen");
    }
}
