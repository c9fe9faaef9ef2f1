package no.samport.directory.gp.service;

import java.util.Set;
import no.samport.directory.gp.change.ChangeOutcome;

/**
 * What applying one change did.
 *
 * @param outcome     applied, unchanged or contradiction
 * @param detail      why, for the sender and the ledger (no personal data)
 * @param contractId  the contract concerned, for findings; may be null
 * @param placesMayOpen contracts whose lists may now have free places to offer to waiting people
 * @param municipalityToOffer a municipality whose lists may now serve a waiting person, or null
 */
record Effect(ChangeOutcome outcome, String detail, String contractId, Set<String> placesMayOpen,
              String municipalityToOffer) {

    static Effect applied(String detail, String contractId, Set<String> placesMayOpen) {
        return new Effect(ChangeOutcome.APPLIED, detail, contractId, placesMayOpen, null);
    }

    static Effect unchanged(String detail, String contractId) {
        return new Effect(ChangeOutcome.UNCHANGED, detail, contractId, Set.of(), null);
    }

    static Effect contradiction(String detail, String contractId) {
        return new Effect(ChangeOutcome.CONTRADICTION, detail, contractId, Set.of(), null);
    }

    Effect offeringIn(String municipality) {
        return new Effect(outcome, detail, contractId, placesMayOpen, municipality);
    }
}
