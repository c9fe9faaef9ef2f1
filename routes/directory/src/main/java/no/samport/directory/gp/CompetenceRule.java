package no.samport.directory.gp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The kompetanseforskrift's demand on fastleger (GP-LISTS.md GL-20): the municipality must make sure that fastleger
 * "tilsatt etter 1. mars 2017" are specialists in allmennmedisin or in specialist training
 * (`001_a566af941c37529c.txt:2514-2516, 9259-9261`). Checked here for list holders (fastlege, delelege) who came on the
 * contract after 1 March 2017; a vikar is not checked, since the cited text speaks of fastleger (an assumption), and a
 * doctor whose competence was not reported is not judged. A breach is a finding; it never stops the data.
 */
public final class CompetenceRule {

    /** Doctors on a contract from a day after this one are covered. */
    public static final LocalDate IN_FORCE = LocalDate.of(2017, 3, 1);

    private CompetenceRule() {
    }

    /** Whether the rule covers this doctor and the doctor does not meet it. */
    public static boolean breaches(Doctor doctor) {
        return doctor.relationship().holdsList() && doctor.period().from().isAfter(IN_FORCE)
                && doctor.competence() == Competence.NEITHER;
    }

    /** The finding for a doctor who breaches the rule (no personal data beyond the HPR number). */
    public static Optional<String> finding(GpContract contract, Doctor doctor) {
        if (!breaches(doctor)) {
            return Optional.empty();
        }
        String role = doctor.relationship().display().toLowerCase(java.util.Locale.ROOT);
        return Optional.of("contract " + contract.id() + ": the " + role
                + " with HPR number " + doctor.hpr() + ", on the contract from " + doctor.period().from()
                + ", is neither a specialist in allmennmedisin nor in specialist training; the kompetanseforskrift asks"
                + " it of fastleger tilsatt etter 1. mars 2017. The contract and its doctors were imported.");
    }

    /** The findings of the doctors on {@code after} that breach the rule and did not breach it in {@code before}. */
    public static List<String> newFindings(GpContract before, GpContract after) {
        return after.doctors().stream()
                .filter(d -> before == null || !before.doctors().contains(d))
                .map(d -> finding(after, d)).flatMap(Optional::stream).toList();
    }
}
