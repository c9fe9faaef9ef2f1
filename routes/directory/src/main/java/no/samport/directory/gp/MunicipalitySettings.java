package no.samport.directory.gp;

import java.util.Comparator;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingOrder;

/** Each municipality's GP-list settings, with the defaults for a municipality not configured. */
public final class MunicipalitySettings {

    private static final MunicipalityProperties DEFAULTS = new MunicipalityProperties();

    private final GpListsProperties properties;
    private final MunicipalityMergers mergers;

    public MunicipalitySettings(GpListsProperties properties) {
        this.properties = properties;
        this.mergers = new MunicipalityMergers(properties.getMunicipalityMergers());
    }

    /**
     * The municipality's settings; a municipality without settings of its own that was merged into another (GL-19)
     * has the new one's; else the defaults.
     */
    public MunicipalityProperties of(String municipality) {
        MunicipalityProperties own = properties.getMunicipalities().get(municipality);
        if (own != null) {
            return own;
        }
        return mergers.mergedInto(municipality).map(properties.getMunicipalities()::get).orElse(DEFAULTS);
    }

    public MunicipalityMergers mergers() {
        return mergers;
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
