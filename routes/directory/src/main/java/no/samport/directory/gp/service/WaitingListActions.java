package no.samport.directory.gp.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.directory.gp.change.ChangeResult;
import no.samport.directory.gp.waiting.WaitingEntry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a municipality does with its waiting list through Samport: record a person's answer to an offer, let offers
 * expire, offer free places now. Each call is one transaction.
 */
public final class WaitingListActions {

    private final GpRepositories repositories;
    private final WaitingListOffers offers;
    private final OfferAnswers answers;
    private final TransactionTemplate tx;
    private final Clock clock;

    public WaitingListActions(GpRepositories repositories, WaitingListOffers offers, TransactionTemplate tx,
                              Clock clock) {
        this.repositories = repositories;
        this.offers = offers;
        this.answers = new OfferAnswers(repositories, offers);
        this.tx = tx;
        this.clock = clock;
    }

    public Optional<WaitingEntry> find(UUID id) {
        return repositories.waiting().find(id);
    }

    /** The person takes the offered place; {@code source} names who recorded the answer. Empty: no such entry. */
    public Optional<ChangeResult> accept(UUID id, String source) {
        return answer(id, entry -> answers.accept(entry, source, clock.instant()));
    }

    /** The person declines the offered place. Empty: no such entry. */
    public Optional<ChangeResult> decline(UUID id) {
        return answer(id, entry -> answers.decline(entry, clock.instant()));
    }

    /** Closes offers past their deadline and passes their places on; returns the entries that expired. */
    public List<UUID> expireOffers() {
        return tx.execute(status -> answers.expire(clock.instant()));
    }

    /**
     * Offers free places wherever people wait: catches places no change opened (a contract reaching its start date,
     * a list emptied by an import).
     */
    public List<WaitingListOffers.Offer> offerEverywhere() {
        return tx.execute(status -> {
            Instant now = clock.instant();
            List<WaitingListOffers.Offer> made = new java.util.ArrayList<>();
            repositories.waiting().openPerMunicipality().keySet()
                    .forEach(municipality -> made.addAll(offers.offerIn(municipality, now)));
            return made;
        });
    }

    /** Offers the free places of a municipality's lists now. */
    public List<WaitingListOffers.Offer> offerIn(String municipality) {
        return tx.execute(status -> offers.offerIn(municipality, clock.instant()));
    }

    private Optional<ChangeResult> answer(UUID id, java.util.function.Function<WaitingEntry, Effect> action) {
        return tx.execute(status -> {
            Optional<WaitingEntry> entry = repositories.waiting().find(id);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            Effect effect = action.apply(entry.get());
            if (OfferAnswers.changed(effect)) {
                offers.offerOn(effect.placesMayOpen(), now);
            }
            return Optional.of(ChangeResult.of(id.toString(), effect.outcome(), effect.detail()));
        });
    }
}
