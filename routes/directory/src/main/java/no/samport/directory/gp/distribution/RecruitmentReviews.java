package no.samport.directory.gp.distribution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.MunicipalitySettings;
import no.samport.directory.gp.RecruitmentReview;
import no.samport.directory.gp.jdbc.JdbcFindings;
import no.samport.directory.gp.jdbc.JdbcRecruitmentReviews;
import no.samport.directory.gp.service.GpTime;
import no.samport.plugin.api.fhir.PartyAddress;

/**
 * Looks for lists whose recruitment review is due (GL-07: a year without a holder and at least three adverts) and tells
 * the municipality once per contract and vacancy: a {@code gp-recruitment-review-due} message to its report-to HER-id,
 * and a finding {@code NOTICE} an operator sees either way.
 */
public final class RecruitmentReviews {

    private final DistributionParts parts;
    private final JdbcRecruitmentReviews reviews;
    private final MunicipalitySettings municipalities;

    public RecruitmentReviews(DistributionParts parts, JdbcRecruitmentReviews reviews,
                              MunicipalitySettings municipalities) {
        this.parts = parts;
        this.reviews = reviews;
        this.municipalities = municipalities;
    }

    /** One pass; returns the contracts whose review was noticed now. */
    public List<String> check() {
        Instant now = parts.clock().instant();
        LocalDate day = GpTime.day(now);
        List<String> noticed = new ArrayList<>();
        for (GpContract contract : parts.repositories().contracts().all()) {
            RecruitmentReview.due(contract, day).ifPresent(due -> {
                if (Boolean.TRUE.equals(parts.tx().execute(status -> notice(contract, due, now)))) {
                    noticed.add(contract.id());
                }
            });
        }
        return noticed;
    }

    private boolean notice(GpContract contract, RecruitmentReview.Due due, Instant now) {
        if (!reviews.claim(contract.id(), due.vacantSince(), due.adverts(), now)) {
            return false;
        }
        String municipality = contract.municipality();
        String herId = municipalities.of(municipality).getReportToHerId();
        Optional<Recipients.Recipient> recipient = parts.recipients().find(herId);
        parts.repositories().findings().add(JdbcFindings.Kind.NOTICE, contract.id(), "samport", null,
                "recruitment review due:"
                + " contract " + contract.id() + " has had no fastlege since " + due.vacantSince() + " and was"
                + " advertised " + due.adverts() + " times; the municipality and the office review why and plan"
                + " measures" + (recipient.isPresent() ? " (sent to " + herId + ")" : "; " + municipalities.name(
                municipality) + " has no reachable report-to HER-id (samport.gp-lists.municipalities." + municipality
                + ".report-to-her-id): visible here only"), now);
        recipient.ifPresent(r -> parts.outbox().write("gp-recruitment-review", r, parts.recipients().fhir(),
                parts.messages().recruitmentReview(PartyAddress.organisation(municipalities.name(municipality), herId),
                        contract, due, now), ListDocumentEncoder.Content.FIGURES, YearMonth.from(GpTime.day(now)),
                now));
        return true;
    }
}
