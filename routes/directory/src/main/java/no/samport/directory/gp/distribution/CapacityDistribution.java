package no.samport.directory.gp.distribution;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.MunicipalitySettings;
import no.samport.directory.gp.change.Subjects;
import no.samport.directory.gp.fhir.ListGroupMapper;
import no.samport.directory.gp.jdbc.JdbcDistributionCursors;
import no.samport.directory.gp.jdbc.JdbcDistributionCursors.Cursor;
import no.samport.directory.gp.service.GpTime;
import no.samport.plugin.api.fhir.PartyAddress;

/**
 * Sends each municipality that names a report-to HER-id the cap, listed, free places, waiting count and status of its
 * lists — when any of them changed since it was last sent (GP-LISTS.md §4: "publish the new count").
 */
public final class CapacityDistribution {

    private final DistributionParts parts;
    private final JdbcDistributionCursors cursors;
    private final MunicipalitySettings municipalities;

    public CapacityDistribution(DistributionParts parts, JdbcDistributionCursors cursors,
                                MunicipalitySettings municipalities) {
        this.parts = parts;
        this.cursors = cursors;
        this.municipalities = municipalities;
    }

    /** One pass over the configured municipalities; returns the documents put in the parts.outbox(). */
    public List<UUID> distribute() {
        List<UUID> documents = new ArrayList<>();
        municipalities.properties().getMunicipalities().forEach((code, settings) -> {
            Optional<Recipients.Recipient> recipient = parts.recipients().find(settings.getReportToHerId());
            recipient.ifPresent(r -> documents.addAll(parts.tx().execute(status ->
                    send(code, r, parts.clock().instant()))));
        });
        return documents;
    }

    private List<UUID> send(String municipality, Recipients.Recipient recipient, Instant now) {
        List<GpContract> running = parts.repositories().contracts().inMunicipality(municipality).stream()
                .filter(c -> c.runsOn(GpTime.day(now))).toList();
        String digest = digest(running, now);
        Cursor cursor = cursors.lock(recipient.party().herId()).orElse(new Cursor(null, null));
        if (digest.equals(cursor.capacityDigest())) {
            return List.of();
        }
        cursors.save(recipient.party().herId(), new Cursor(digest, cursor.fullListMonth()));
        PartyAddress address = PartyAddress.organisation(municipalities.name(municipality),
                recipient.party().herId());
        return parts.outbox().write("gp-capacity", recipient, parts.recipients().fhir(),
                parts.messages().capacity(address, running, now),
                ListDocumentEncoder.Content.FIGURES, YearMonth.from(GpTime.day(now)), now);
    }

    private String digest(List<GpContract> contracts, Instant now) {
        Map<String, Integer> queued = parts.repositories().waiting().openPerContract();
        StringJoiner text = new StringJoiner("|");
        for (GpContract contract : contracts) {
            ListGroupMapper.Figures figures = parts.messages().figures(contract, queued, now);
            text.add(contract.id() + ":" + contract.maxPatients() + ":" + contract.status() + ":" + figures.listed()
                    + ":" + figures.freePlaces() + ":" + figures.waiting() + ":" + figures.serving().kind());
        }
        return Subjects.digest(text.toString());
    }
}
