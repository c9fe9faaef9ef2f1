package no.samport.directory.gp;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Municipal mergers (GL-19; GP-LISTS.md §8: Narvik, Ballangen and part of Tysfjord became "Nye Narvik" on 1.1.2020):
 * from its effective day an old kommunenummer stands for the new one. Before that day the old number is kept. A
 * municipality split between several new ones (the part of Tysfjord) cannot be mapped by its number alone.
 */
public final class MunicipalityMergers {

    /** A merger: {@code from} became {@code into} on {@code effective}. */
    public record Merger(String from, String into, LocalDate effective) {
    }

    private final Map<String, Merger> byOldNumber = new HashMap<>();

    public MunicipalityMergers(Map<String, MergerProperties> configured) {
        configured.forEach((into, merger) -> {
            if (merger.getEffective() == null) {
                throw new IllegalArgumentException("samport.gp-lists.municipality-mergers." + into
                        + ".effective is missing: the day the merger takes effect");
            }
            for (String from : merger.getFrom()) {
                Merger previous = byOldNumber.put(from.strip(), new Merger(from.strip(), into.strip(),
                        merger.getEffective()));
                if (previous != null || from.strip().equals(into.strip())) {
                    throw new IllegalArgumentException("samport.gp-lists.municipality-mergers: municipality "
                            + from.strip() + " is merged twice, or into itself");
                }
            }
        });
    }

    public static MunicipalityMergers none() {
        return new MunicipalityMergers(Map.of());
    }

    /** The merger that replaced {@code municipality} on or before {@code day}, if one did. */
    public Optional<Merger> on(String municipality, LocalDate day) {
        return Optional.ofNullable(municipality == null ? null : byOldNumber.get(municipality))
                .filter(m -> !day.isBefore(m.effective()));
    }

    /** The number {@code municipality} goes by on {@code day}. */
    public String current(String municipality, LocalDate day) {
        return on(municipality, day).map(Merger::into).orElse(municipality);
    }

    /** The municipality {@code municipality} was merged into, whatever the day. */
    public Optional<String> mergedInto(String municipality) {
        return Optional.ofNullable(byOldNumber.get(municipality)).map(Merger::into);
    }

    /** The contract as counted on {@code day}: its and its office's municipality by the number they go by then. */
    public GpContract current(GpContract contract, LocalDate day) {
        String municipality = current(contract.municipality(), day);
        GpOffice office = contract.office();
        String officeMunicipality = current(office.municipality(), day);
        if (municipality.equals(contract.municipality()) && officeMunicipality.equals(office.municipality())) {
            return contract;
        }
        return new GpContract(contract.id(), new GpOffice(office.orgNr(), office.herId(), office.name(),
                officeMunicipality), municipality, contract.maxPatients(), contract.status(), contract.validity(),
                contract.model(), contract.doctors(), contract.provenance(), contract.adverts());
    }

    public List<Merger> all() {
        return List.copyOf(byOldNumber.values());
    }
}
