package no.samport.directory.gp.service;

import java.util.List;
import java.util.Set;
import no.samport.directory.gp.change.ChangeOutcome;
import no.samport.directory.gp.jdbc.JdbcFindings;

/**
 * What applying one change did.
 *
 * @param outcome     applied, unchanged or contradiction
 * @param detail      why, for the sender and the ledger (no personal data)
 * @param contractId  the contract concerned, for findings; may be null
 * @param placesMayOpen contracts whose lists may now have free places to offer to waiting people
 * @param municipalityToOffer a municipality whose lists may now serve a waiting person, or null
 * @param findingKind how a contradiction is reported (a contradiction, or sources disagreeing), else null
 * @param compliance  compliance findings of an applied change (GL-20), recorded but never blocking
 */
record Effect(ChangeOutcome outcome, String detail, String contractId, Set<String> placesMayOpen,
              String municipalityToOffer, JdbcFindings.Kind findingKind, List<String> compliance) {

    Effect(ChangeOutcome outcome, String detail, String contractId, Set<String> placesMayOpen,
           String municipalityToOffer, JdbcFindings.Kind findingKind) {
        this(outcome, detail, contractId, placesMayOpen, municipalityToOffer, findingKind, List.of());
    }

    static Effect applied(String detail, String contractId, Set<String> placesMayOpen) {
        return new Effect(ChangeOutcome.APPLIED, detail, contractId, placesMayOpen, null, null);
    }

    static Effect unchanged(String detail, String contractId) {
        return new Effect(ChangeOutcome.UNCHANGED, detail, contractId, Set.of(), null, null);
    }

    static Effect contradiction(String detail, String contractId) {
        return new Effect(ChangeOutcome.CONTRADICTION, detail, contractId, Set.of(), null,
                JdbcFindings.Kind.CONTRADICTION);
    }

    /** The change names a contract Samport does not hold. */
    static Effect unknownContract(String contractId) {
        return contradiction("no contract " + contractId + " is known: send the contract (gp-contract-changed) first",
                contractId);
    }

    /** Two sources disagree: not applied, reported for reconciliation. */
    static Effect disagreement(String detail, String contractId) {
        return new Effect(ChangeOutcome.CONTRADICTION, detail, contractId, Set.of(), null,
                JdbcFindings.Kind.RECONCILIATION);
    }

    Effect offeringIn(String municipality) {
        return new Effect(outcome, detail, contractId, placesMayOpen, municipality, findingKind, compliance);
    }

    Effect withCompliance(List<String> findings) {
        return new Effect(outcome, detail, contractId, placesMayOpen, municipalityToOffer, findingKind,
                List.copyOf(findings));
    }
}
