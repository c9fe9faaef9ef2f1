package no.samport.directory.gp.distribution;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.MunicipalitySettings;
import no.samport.directory.gp.jdbc.JdbcFindings;
import no.samport.directory.gp.service.GpNotices;
import no.samport.directory.gp.service.GpTime;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.plugin.api.fhir.PartyAddress;

/**
 * Notifies the municipality (its report-to HER-id) when waiting people are offered places, as a FHIR message with the
 * entries' Tasks and the list's Group — one message per list and offering round. Without a reachable recipient the
 * offers stand and a finding says so.
 */
public final class OutboxNotices implements GpNotices {

    private final ListMessages messages;
    private final Recipients recipients;
    private final OutboxWriter outbox;
    private final JdbcFindings findings;
    private final MunicipalitySettings municipalities;

    public OutboxNotices(ListMessages messages, Recipients recipients, OutboxWriter outbox, JdbcFindings findings,
                         MunicipalitySettings municipalities) {
        this.messages = messages;
        this.recipients = recipients;
        this.outbox = outbox;
        this.findings = findings;
        this.municipalities = municipalities;
    }

    @Override
    public void placesOffered(GpContract contract, List<WaitingEntry> offered, Instant deadline, Instant now) {
        String municipality = contract.municipality();
        String herId = municipalities.of(municipality).getReportToHerId();
        Optional<Recipients.Recipient> recipient = recipients.find(herId);
        if (recipient.isEmpty()) {
            findings.add(JdbcFindings.Kind.NOTICE, contract.id(), "samport", null, offered.size() + " place(s) on "
                    + "contract " + contract.id() + " offered to waiting people until " + deadline + ", but "
                    + municipalities.name(municipality) + " has no reachable report-to HER-id (samport.gp-lists."
                    + "municipalities." + municipality + ".report-to-her-id): the offers are visible through the API "
                    + "only", now);
            return;
        }
        PartyAddress address = PartyAddress.organisation(municipalities.name(municipality), herId);
        outbox.write("gp-places-offered", recipient.get(), recipients.fhir(),
                messages.offers(address, offered, contract, now), ListDocumentEncoder.Content.FIGURES,
                YearMonth.from(GpTime.day(now)), now);
    }
}
