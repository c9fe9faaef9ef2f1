package no.samport.directory.gp.service;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Lists and municipalities where places may have opened during a bulk import, offered once at its end instead of
 * after every change.
 */
public final class DeferredOffers {

    private final Set<String> contracts = new LinkedHashSet<>();
    private final Set<String> municipalities = new LinkedHashSet<>();

    void add(Effect effect) {
        contracts.addAll(effect.placesMayOpen());
        if (effect.municipalityToOffer() != null) {
            municipalities.add(effect.municipalityToOffer());
        }
    }

    Set<String> contracts() {
        return contracts;
    }

    Set<String> municipalities() {
        return municipalities;
    }
}
