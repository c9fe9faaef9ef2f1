package no.samport.directory;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The directory's first form: communication parties listed in configuration ({@code samport.directory.parties}). */
public final class ConfiguredDirectory implements Directory {

    private final Map<String, CommunicationParty> byHerId;

    public ConfiguredDirectory(List<CommunicationParty> parties) {
        Map<String, CommunicationParty> map = new LinkedHashMap<>();
        for (CommunicationParty party : parties) {
            CommunicationParty previous = map.put(party.herId(), party);
            if (previous != null) {
                throw new IllegalStateException("HER-id " + party.herId() + " is listed twice in samport.directory.parties ("
                        + previous.name() + ", " + party.name() + "): each HER-id may appear once");
            }
        }
        this.byHerId = Collections.unmodifiableMap(map);
    }

    @Override
    public Optional<CommunicationParty> findByHerId(String herId) {
        return herId == null ? Optional.empty() : Optional.ofNullable(byHerId.get(herId.strip()));
    }

    @Override
    public Collection<CommunicationParty> parties() {
        return byHerId.values();
    }
}
