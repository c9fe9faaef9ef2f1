package no.samport.directory.gp;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * Trondheim's rule (GL-07, `000_a508f49ec9d7047b.txt:951-954`): if, after at least three adverts, no new doctor has been
 * recruited one year after a fastlege resigned, the municipality and the office review why and plan measures.
 * Fastlegeregisteret data holds no resignation day, so the year counts from the day the list last had a holder (its
 * last fastlege or delelege left), or from the contract's start when it never had one — an assumption. The adverts
 * counted are those after the last holder came on the contract (the ones for this vacancy); a holder already on the
 * contract from a later day means the post is filled.
 */
public final class RecruitmentReview {

    /** At least this many adverts. */
    public static final int ADVERTS = 3;

    /** A review due: the list has had no holder since {@code vacantSince}, advertised {@code adverts} times since. */
    public record Due(LocalDate vacantSince, int adverts) {
    }

    private RecruitmentReview() {
    }

    public static Optional<Due> due(GpContract contract, LocalDate day) {
        if (!contract.runsOn(day) || contract.doctors().stream().anyMatch(d -> d.relationship().holdsList()
                && (d.activeOn(day) || d.period().from().isAfter(day)))) {
            return Optional.empty();
        }
        Optional<Doctor> lastHolder = contract.doctors().stream().filter(d -> d.relationship().holdsList())
                .max(Comparator.comparing(d -> d.period().to()));
        LocalDate vacantSince = lastHolder.map(d -> d.period().to().plusDays(1)).orElse(contract.validity().from());
        LocalDate advertisedAfter = lastHolder.map(d -> d.period().from()).orElse(LocalDate.MIN);
        int adverts = (int) contract.adverts().stream()
                .filter(a -> a.isAfter(advertisedAfter) && !a.isAfter(day)).count();
        if (vacantSince.plusYears(1).isAfter(day) || adverts < ADVERTS) {
            return Optional.empty();
        }
        return Optional.of(new Due(vacantSince, adverts));
    }
}
