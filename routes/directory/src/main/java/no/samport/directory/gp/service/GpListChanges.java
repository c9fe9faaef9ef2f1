package no.samport.directory.gp.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samport.directory.gp.MunicipalitySettings;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.change.ChangeOutcome;
import no.samport.directory.gp.change.ChangeResult;
import no.samport.directory.gp.change.GpChange;
import no.samport.directory.gp.change.MergerMapping;
import no.samport.directory.gp.jdbc.JdbcChangeLedger;
import no.samport.directory.gp.jdbc.JdbcFindings;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies changes to the GP data, each in one transaction: a change seen before (same source and id) changes nothing;
 * a change older than one already applied to its subject is out of order; a change that contradicts the stored state
 * is not applied. Both are reported as findings. Places a change opens are offered to waiting people at once.
 */
public final class GpListChanges {

    private final GpRepositories repositories;
    private static final int CHUNK = 250;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GpListChanges.class);

    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final WaitingListOffers offers;
    private final ContractChanges contracts;
    private final MembershipChanges memberships;
    private final SnapshotChanges snapshots;
    private final WaitingListChanges waiting;
    private final MergerMapping mergers;
    private volatile ListJoins joins;

    public GpListChanges(GpRepositories repositories, MunicipalitySettings municipalities, WaitingListOffers offers,
                         TransactionTemplate tx, Clock clock) {
        this.repositories = repositories;
        this.tx = tx;
        this.savepoint = new TransactionTemplate(tx.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionTemplate.PROPAGATION_NESTED);
        this.clock = clock;
        this.offers = offers;
        this.contracts = new ContractChanges(repositories);
        this.memberships = new MembershipChanges(repositories);
        this.snapshots = new SnapshotChanges(repositories);
        this.waiting = new WaitingListChanges(repositories, municipalities);
        this.mergers = new MergerMapping(municipalities.mergers());
    }

    /** Tells {@code joins} of every join applied from now on, in the join's transaction. */
    public void onJoins(ListJoins joins) {
        this.joins = joins;
    }

    /** Applies a change; the places it opens are offered at once. */
    public ChangeResult apply(ChangeEnvelope change) {
        return apply(change, null);
    }

    /** Applies a change; the places it opens are offered at once, or collected in {@code deferred} when given. */
    public ChangeResult apply(ChangeEnvelope change, DeferredOffers deferred) {
        return tx.execute(status -> applyNow(change, deferred, clock.instant()));
    }

    /**
     * Applies many changes (an import) in transactions of a few hundred, each change in a savepoint of its own: a
     * change that fails is rolled back alone and answered with {@code null}. The places they open go to
     * {@code deferred}.
     */
    public List<ChangeResult> applyAll(List<ChangeEnvelope> changes, DeferredOffers deferred) {
        List<ChangeResult> results = new ArrayList<>(changes.size());
        for (int start = 0; start < changes.size(); start += CHUNK) {
            List<ChangeEnvelope> chunk = changes.subList(start, Math.min(changes.size(), start + CHUNK));
            tx.executeWithoutResult(status -> {
                for (ChangeEnvelope change : chunk) {
                    try {
                        results.add(savepoint.execute(s -> applyNow(change, deferred, clock.instant())));
                    } catch (RuntimeException e) {
                        // the exception's message may quote the data: only its kind is logged
                        log.warn("Change {} from {} could not be applied ({}); it was rolled back",
                                change.changeId(), change.provenance().source(), e.getClass().getSimpleName());
                        results.add(null);
                    }
                }
            });
        }
        return results;
    }

    /** Offers the places collected during an import. */
    public void offer(DeferredOffers deferred) {
        tx.executeWithoutResult(status -> {
            Instant now = clock.instant();
            offers.offerOn(deferred.contracts(), now);
            deferred.municipalities().forEach(municipality -> offers.offerIn(municipality, now));
        });
    }

    private ChangeResult applyNow(ChangeEnvelope received, DeferredOffers deferred, Instant now) {
        MergerMapping.Mapped mapped = mergers.map(received, GpTime.day(received.provenance().sourceTime()));
        ChangeResult result = applyNow(mapped.change(), deferred, now, mapped.notes());
        return result.outcome() == ChangeOutcome.APPLIED || result.outcome() == ChangeOutcome.UNCHANGED
                ? result.withNotes(mapped.notes()) : result;
    }

    private ChangeResult applyNow(ChangeEnvelope change, DeferredOffers deferred, Instant now, List<String> notes) {
        Optional<JdbcChangeLedger.Seen> seen = repositories.ledger().claim(change, now);
        if (seen.isPresent()) {
            return seenBefore(change, seen.get(), now);
        }
        Optional<Instant> last = repositories.ledger().lastApplied(change.change().subject());
        if (last.isPresent() && change.provenance().sourceTime().isBefore(last.get())) {
            String detail = change.change().kind() + " recorded by " + change.provenance().source() + " at "
                    + change.provenance().sourceTime() + " arrived after a change to " + describe(change.change())
                    + " recorded at " + last.get() + ": out of order, not applied";
            return report(change, ChangeOutcome.OUT_OF_ORDER, JdbcFindings.Kind.OUT_OF_ORDER, detail,
                    contractOf(change.change()), now);
        }
        Effect effect = effect(change, now);
        if (effect.outcome() == ChangeOutcome.CONTRADICTION) {
            return report(change, ChangeOutcome.CONTRADICTION, effect.findingKind(), effect.detail(),
                    effect.contractId(), now);
        }
        repositories.ledger().applied(change);
        if (effect.outcome() == ChangeOutcome.APPLIED && deferred != null) {
            deferred.add(effect);
        } else if (effect.outcome() == ChangeOutcome.APPLIED) {
            offers.offerOn(effect.placesMayOpen(), now);
            if (effect.municipalityToOffer() != null) {
                offers.offerIn(effect.municipalityToOffer(), now);
            }
        }
        if (effect.outcome() == ChangeOutcome.APPLIED && change.change() instanceof GpChange.MemberAdded added
                && joins != null) {
            joins.joined(added.patient().nin(), added.contractId(), added.from());
        }
        repositories.ledger().settle(change, effect.outcome(), notes.isEmpty() ? effect.detail()
                : effect.detail() + "; " + String.join("; ", notes));
        effect.compliance().forEach(finding -> repositories.findings().add(JdbcFindings.Kind.COMPLIANCE,
                effect.contractId(), change.provenance().source(), change.changeId(), finding, now));
        return ChangeResult.of(change.changeId(), effect.outcome(), effect.detail())
                .withCompliance(effect.compliance());
    }

    private Effect effect(ChangeEnvelope change, Instant now) {
        GpChange c = change.change();
        if (c instanceof GpChange.ContractChanged contract) {
            return contracts.apply(contract, now);
        }
        if (c instanceof GpChange.MemberAdded added) {
            return memberships.added(added, change.provenance(), now);
        }
        if (c instanceof GpChange.MemberEnded ended) {
            return memberships.ended(ended, change.provenance(), now);
        }
        if (c instanceof GpChange.ListSnapshot snapshot) {
            return snapshots.apply(snapshot, change.provenance(), now);
        }
        if (c instanceof GpChange.WaitingAdded entry) {
            return waiting.added(entry, now);
        }
        return waiting.withdrawn((GpChange.WaitingWithdrawn) c, change.provenance(), now);
    }

    private ChangeResult seenBefore(ChangeEnvelope change, JdbcChangeLedger.Seen seen, Instant now) {
        if (seen.fingerprint().equals(change.fingerprint())) {
            return ChangeResult.of(change.changeId(), ChangeOutcome.DUPLICATE, "change " + change.changeId() + " from "
                    + change.provenance().source() + " was received at " + seen.receivedAt() + " (" + seen.outcome()
                    + "): nothing changed");
        }
        String detail = "change id " + change.changeId() + " from " + change.provenance().source() + " was used at "
                + seen.receivedAt() + " for other content: this change is not applied; give each change its own id";
        long finding = repositories.findings().add(JdbcFindings.Kind.CONTRADICTION, contractOf(change.change()),
                change.provenance().source(), change.changeId(), detail, now);
        return ChangeResult.of(change.changeId(), ChangeOutcome.CONTRADICTION, detail).withFinding(finding);
    }

    private ChangeResult report(ChangeEnvelope change, ChangeOutcome outcome, JdbcFindings.Kind kind, String detail,
                                String contractId, Instant now) {
        long finding = repositories.findings().add(kind, contractId, change.provenance().source(), change.changeId(),
                detail, now);
        repositories.ledger().settle(change, outcome, detail);
        return ChangeResult.of(change.changeId(), outcome, detail).withFinding(finding);
    }

    private static String describe(GpChange change) {
        String subject = change.subject();
        int member = subject.indexOf("/member:");
        return member < 0 ? subject : "a person on " + subject.substring(0, member);
    }

    private static String contractOf(GpChange change) {
        if (change instanceof GpChange.ContractChanged c) {
            return c.contract().id();
        }
        if (change instanceof GpChange.MemberAdded c) {
            return c.contractId();
        }
        if (change instanceof GpChange.MemberEnded c) {
            return c.contractId();
        }
        if (change instanceof GpChange.ListSnapshot c) {
            return c.contractId();
        }
        return change instanceof GpChange.WaitingAdded c ? c.entry().targetContractId() : null;
    }
}
