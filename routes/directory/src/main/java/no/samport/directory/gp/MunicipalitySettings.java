package no.samport.directory.gp;

import java.util.Comparator;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingOrder;

/** Each municipality's GP-list settings, with the defaults for a municipality not configured. */
public final class MunicipalitySettings {

    private static final MunicipalityProperties DEFAULTS = new MunicipalityProperties();

    private final GpListsProperties properties;

    public MunicipalitySettings(GpListsProperties properties) {
        this.properties = properties;
    }

    public MunicipalityProperties of(String municipality) {
        return properties.getMunicipalities().getOrDefault(municipality, DEFAULTS);
    }

    /** The municipality's ordering rule for its waiting list. */
    public Comparator<WaitingEntry> order(String municipality) {
        MunicipalityProperties settings = of(municipality);
        return WaitingOrder.of(settings.getOrderBy(), settings.getGroupOrder());
    }

    /** The municipality's name, or its number when none is configured. */
    public String name(String municipality) {
        String name = of(municipality).getName();
        return name == null ? "kommune " + municipality : name;
    }

    public GpListsProperties properties() {
        return properties;
    }
}
