package no.samport.directory.gp.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.MunicipalitySettings;
import no.samport.directory.gp.waiting.OfferPlanner;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingStatus;

/**
 * Offers free places to waiting people (GP-LISTS.md §4): when a list has free places beyond those held by open offers,
 * the first eligible entries by the municipality's ordering rule are offered one each, held until the offer deadline,
 * and the municipality is notified. Call inside a transaction.
 */
public final class WaitingListOffers {

    /** An offer made. */
    public record Offer(UUID entryId, String contractId, Instant deadline) {
    }

    private final GpRepositories repositories;
    private final MunicipalitySettings municipalities;
    private final GpNotices notices;

    public WaitingListOffers(GpRepositories repositories, MunicipalitySettings municipalities, GpNotices notices) {
        this.repositories = repositories;
        this.municipalities = municipalities;
        this.notices = notices;
    }

    /** Offers the free places of these lists. */
    public List<Offer> offerOn(Collection<String> contractIds, Instant now) {
        List<Offer> offers = new ArrayList<>();
        for (String id : Set.copyOf(contractIds)) {
            repositories.contracts().find(id).ifPresent(contract -> offers.addAll(offer(contract, now)));
        }
        return offers;
    }

    /** Offers the free places of every list of a municipality that has places not held by open offers. */
    public List<Offer> offerIn(String municipality, Instant now) {
        return offerOn(repositories.contracts().withPlacesToOffer(municipality, GpTime.day(now)), now);
    }

    private List<Offer> offer(GpContract contract, Instant now) {
        LocalDate day = GpTime.day(now);
        int listed = repositories.memberships().listedOn(contract.id(), day);
        int held = repositories.waiting().heldOffers(contract.id());
        if (no.samport.directory.gp.Capacity.freePlaces(contract, listed, day) <= held) {
            return List.of();
        }
        List<WaitingEntry> chosen = OfferPlanner.plan(contract, listed, held, day,
                repositories.waiting().waitingFor(contract.id(), contract.municipality()), Set.of(),
                municipalities.order(contract.municipality()));
        Instant deadline = now.plus(municipalities.of(contract.municipality()).getOfferDeadline());
        List<Offer> offers = new ArrayList<>(chosen.size());
        List<WaitingEntry> offered = new ArrayList<>(chosen.size());
        for (WaitingEntry entry : chosen) {
            repositories.waiting().offer(entry.id(), contract.id(), now, deadline);
            offers.add(new Offer(entry.id(), contract.id(), deadline));
            offered.add(new WaitingEntry(entry.id(), entry.externalId(), entry.patient(), entry.municipality(),
                    entry.targetContractId(), entry.group(), entry.joinedAt(), WaitingStatus.OFFERED, contract.id(),
                    deadline, entry.provenance()));
        }
        if (!offered.isEmpty()) {
            notices.placesOffered(contract, offered, deadline, now);
        }
        return offers;
    }
}
