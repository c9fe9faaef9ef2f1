package no.samport.pipeline.step;

import java.time.Clock;
import java.util.Optional;
import no.samport.directory.CommunicationParty;
import no.samport.directory.Directory;
import no.samport.directory.gp.routing.GpRoute;
import no.samport.directory.gp.routing.GpRouting;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.plugin.api.fhir.PartyAddress;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Resolve's routing to "the patient's GP" (GP-LISTS.md §6): the GP on the patient's list at send time — the fastlege,
 * the vikar when the list has none, the office for a shared list, the municipality's fallback for a list without a
 * doctor. When the lists give no answer, a named addressee still gets the message as written; otherwise there is no
 * receiver.
 */
public final class PatientsGpResolver {

    /**
     * What resolve does with such a message.
     *
     * @param party       who receives it, or empty when no one can
     * @param readdressed the bundle with its new receiver, or null when it goes to the addressee as written
     * @param detail      the case, for the status history
     * @param patientOnNoList whether the lists gave no answer because the patient is on no list at send time
     */
    public record Decision(Optional<CommunicationParty> party, Bundle readdressed, String detail,
                           boolean patientOnNoList) {
    }

    private final PatientsGpAddressing addressing;
    private final GpRouting routing;
    private final Directory directory;
    private final Clock clock;

    public PatientsGpResolver(PatientsGpAddressing addressing, GpRouting routing, Directory directory, Clock clock) {
        this.addressing = addressing;
        this.routing = routing;
        this.directory = directory;
        this.clock = clock;
    }

    /** Empty when the message is not addressed to the patient's GP. */
    public Optional<Decision> resolve(Bundle bundle, MessageEnvelope envelope) {
        Optional<String> how = addressing.how(bundle, envelope);
        if (how.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> nin = PatientsGpAddressing.patientNin(bundle);
        GpRouting.Result result = nin.map(n -> routing.route(n, clock.instant()))
                .orElse(GpRouting.Result.refused("the message names no patient (fødselsnummer or D-nummer)"));
        String detail = how.get() + ": " + result.explanation();
        if (result.route().isPresent()) {
            GpRoute route = result.route().get();
            CommunicationParty party = directory.findByHerId(route.herId()).orElseThrow();
            PartyAddress receiver = route.receiver().organisation().name() != null ? route.receiver()
                    : new PartyAddress(new PartyAddress.Unit(party.name(), route.herId()), null, null);
            return Optional.of(new Decision(Optional.of(party), Readdressing.readdress(bundle, receiver,
                    route.herId()), detail, false));
        }
        Optional<CommunicationParty> addressee = envelope.receiver().herIdsMostSpecificFirst().stream()
                .filter(herId -> !addressing.isVirtual(herId))
                .map(directory::findByHerId).flatMap(Optional::stream).findFirst();
        return Optional.of(new Decision(addressee, null, addressee.isPresent()
                ? detail + "; delivered to the addressee as written" : detail, result.patientOnNoList()));
    }
}
