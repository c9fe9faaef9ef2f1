package no.samport.directory.gp.distribution;

import java.time.Clock;
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
import no.samport.directory.gp.service.GpRepositories;
import no.samport.directory.gp.service.GpTime;
import no.samport.plugin.api.fhir.PartyAddress;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each municipality that names a report-to HER-id the cap, listed, free places, waiting count and status of its
 * lists — when any of them changed since it was last sent (GP-LISTS.md §4: "publish the new count").
 */
public final class CapacityDistribution {

    private final GpRepositories repositories;
    private final JdbcDistributionCursors cursors;
    private final ListMessages messages;
    private final Recipients recipients;
    private final OutboxWriter outbox;
    private final MunicipalitySettings municipalities;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CapacityDistribution(GpRepositories repositories, JdbcDistributionCursors cursors, ListMessages messages,
                                Recipients recipients, OutboxWriter outbox, MunicipalitySettings municipalities,
                                TransactionTemplate tx, Clock clock) {
        this.repositories = repositories;
        this.cursors = cursors;
        this.messages = messages;
        this.recipients = recipients;
        this.outbox = outbox;
        this.municipalities = municipalities;
        this.tx = tx;
        this.clock = clock;
    }

    /** One pass over the configured municipalities; returns the documents put in the outbox. */
    public List<UUID> distribute() {
        List<UUID> documents = new ArrayList<>();
        municipalities.properties().getMunicipalities().forEach((code, settings) -> {
            Optional<Recipients.Recipient> recipient = recipients.find(settings.getReportToHerId());
            recipient.ifPresent(r -> documents.addAll(tx.execute(status -> send(code, r, clock.instant()))));
        });
        return documents;
    }

    private List<UUID> send(String municipality, Recipients.Recipient recipient, Instant now) {
        List<GpContract> running = repositories.contracts().inMunicipality(municipality).stream()
                .filter(c -> c.runsOn(GpTime.day(now))).toList();
        String digest = digest(running, now);
        Cursor cursor = cursors.lock(recipient.party().herId()).orElse(new Cursor(null, null));
        if (digest.equals(cursor.capacityDigest())) {
            return List.of();
        }
        cursors.save(recipient.party().herId(), new Cursor(digest, cursor.fullListMonth()));
        PartyAddress address = PartyAddress.organisation(municipalities.name(municipality),
                recipient.party().herId());
        return outbox.write("gp-capacity", recipient, recipients.fhir(), messages.capacity(address, running, now),
                ListDocumentEncoder.Content.FIGURES, YearMonth.from(GpTime.day(now)), now);
    }

    private String digest(List<GpContract> contracts, Instant now) {
        Map<String, Integer> queued = repositories.waiting().openPerContract();
        StringJoiner text = new StringJoiner("|");
        for (GpContract contract : contracts) {
            ListGroupMapper.Figures figures = messages.figures(contract, queued, now);
            text.add(contract.id() + ":" + contract.maxPatients() + ":" + contract.status() + ":" + figures.listed()
                    + ":" + figures.freePlaces() + ":" + figures.waiting() + ":" + figures.serving().kind());
        }
        return Subjects.digest(text.toString());
    }
}
