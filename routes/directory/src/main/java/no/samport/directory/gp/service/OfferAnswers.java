package no.samport.directory.gp.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.ChangeOutcome;
import no.samport.directory.gp.jdbc.JdbcListEvents;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingStatus;

/**
 * A person's answer to an offered place. Accepting puts them on the list from today with begin code OTVE ("tildelt fra
 * venteliste"), ends their previous list the day before and closes the entry; declining, or letting the deadline pass,
 * closes the entry and offers the place to the next. Call inside a transaction.
 */
final class OfferAnswers {

    static final String OTVE = "OTVE";

    private final GpRepositories repositories;
    private final WaitingListOffers offers;

    OfferAnswers(GpRepositories repositories, WaitingListOffers offers) {
        this.repositories = repositories;
        this.offers = offers;
    }

    Effect accept(WaitingEntry entry, String source, Instant now) {
        if (entry.status() == WaitingStatus.ACCEPTED) {
            return Effect.unchanged("entry " + entry.id() + " was accepted already", entry.offeredContractId());
        }
        if (entry.status() != WaitingStatus.OFFERED) {
            return Effect.contradiction("entry " + entry.id() + " is " + entry.status() + ": only an offered place "
                    + "can be accepted", entry.targetContractId());
        }
        LocalDate day = GpTime.day(now);
        String contractId = entry.offeredContractId();
        Provenance provenance = new Provenance(source, now);
        Optional<Membership> previous = repositories.memberships().activeOn(entry.patient().nin(), day);
        if (previous.isPresent() && !previous.get().period().from().isBefore(day)) {
            return Effect.contradiction("the person was put on the list of contract " + previous.get().contractId()
                    + " today: the offer of contract " + contractId + " is not accepted", contractId);
        }
        String left = "";
        if (previous.isPresent()) {
            Membership before = previous.get();
            repositories.memberships().end(before.id(), day.minusDays(1), null, provenance);
            repositories.events().add(before.contractId(), before.id(), JdbcListEvents.Kind.LEFT, day.minusDays(1), now);
            left = "; left the list of contract " + before.contractId();
        }
        long id = repositories.memberships().add(contractId, entry.patient(), Period.from(day), OTVE, null, provenance);
        repositories.events().add(contractId, id, JdbcListEvents.Kind.JOINED, day, now);
        repositories.waiting().close(entry.id(), WaitingStatus.ACCEPTED, now, id);
        return Effect.applied("entry " + entry.id() + " accepted: on the list of contract " + contractId + " from "
                + day + " (begin code OTVE)" + left, contractId,
                previous.map(m -> Set.of(m.contractId())).orElse(Set.of()));
    }

    Effect decline(WaitingEntry entry, Instant now) {
        if (entry.status() == WaitingStatus.DECLINED) {
            return Effect.unchanged("entry " + entry.id() + " was declined already", entry.offeredContractId());
        }
        if (entry.status() != WaitingStatus.OFFERED) {
            return Effect.contradiction("entry " + entry.id() + " is " + entry.status() + ": only an offered place "
                    + "can be declined", entry.targetContractId());
        }
        repositories.waiting().close(entry.id(), WaitingStatus.DECLINED, now, null);
        return Effect.applied("entry " + entry.id() + " declined the place on contract " + entry.offeredContractId()
                + "; it goes to the next", entry.offeredContractId(), Set.of(entry.offeredContractId()));
    }

    /** Closes offers past their deadline and offers their places again; returns the entries that expired. */
    List<UUID> expire(Instant now) {
        List<UUID> expired = new ArrayList<>();
        for (WaitingEntry entry : repositories.waiting().expiredOffers(now)) {
            repositories.waiting().close(entry.id(), WaitingStatus.EXPIRED, now, null);
            offers.offerOn(Set.of(entry.offeredContractId()), now);
            expired.add(entry.id());
        }
        return expired;
    }

    static boolean changed(Effect effect) {
        return effect.outcome() == ChangeOutcome.APPLIED;
    }
}
