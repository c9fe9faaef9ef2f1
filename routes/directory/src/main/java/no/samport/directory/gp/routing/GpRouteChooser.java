package no.samport.directory.gp.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListServing;
import no.samport.plugin.api.fhir.PartyAddress;

/**
 * Chooses the receiver for a patient's list on the send day (GP-LISTS.md §6): the fastlege; the vikar when the list has
 * no fastlege; the office for a shared list or several vikarer (and for a doctor without a reachable HER-id of their
 * own); the municipality's configured fallback for a list without any doctor. Only HER-ids Samport can deliver to count.
 */
public final class GpRouteChooser {

    private GpRouteChooser() {
    }

    /**
     * @param contract  the contract whose list the patient is on at send time
     * @param day       the send day
     * @param fallback  the HER-id the contract's municipality configured for lists without a doctor, or null
     * @param reachable whether Samport can deliver to a HER-id
     */
    public static GpRouting.Result choose(GpContract contract, LocalDate day, String fallback,
                                          Predicate<String> reachable) {
        ListServing serving = ListServing.of(contract, day);
        String list = "on " + day + " the patient is on the list of contract " + contract.id() + " ("
                + contract.office().name() + ")";
        List<GpRoute> candidates = new ArrayList<>();
        String office = contract.office().herId();
        switch (serving.kind()) {
            case FASTLEGE -> {
                Doctor gp = serving.doctors().get(0);
                candidates.add(route(gp.herId(), officeWith(contract, gp, true), RouteCase.FASTLEGE, contract,
                        list + ", fastlege " + who(gp)));
                candidates.add(route(office, officeWith(contract, gp, false), RouteCase.FASTLEGE_VIA_OFFICE, contract,
                        list + ", fastlege " + who(gp) + " has no HER-id Samport can deliver to: sent to the office, "
                                + "HER-id " + office));
            }
            case VIKAR -> {
                Doctor vikar = serving.doctors().get(0);
                candidates.add(route(vikar.herId(), officeWith(contract, vikar, true), RouteCase.VIKAR, contract,
                        list + ", which has no fastlege: vikar " + who(vikar)));
                candidates.add(route(office, officeWith(contract, vikar, false), RouteCase.VIKAR_VIA_OFFICE, contract,
                        list + ", which has no fastlege; vikar " + who(vikar) + " has no HER-id Samport can deliver "
                                + "to: sent to the office, HER-id " + office));
            }
            case SHARED -> candidates.add(route(office, officeOnly(contract), RouteCase.SHARED_LIST_OFFICE, contract,
                    list + ", shared by " + serving.doctors().size() + " doctors: sent to the office, HER-id " + office));
            case VIKARS -> candidates.add(route(office, officeOnly(contract), RouteCase.SEVERAL_VIKARS_OFFICE, contract,
                    list + ", which has no fastlege and " + serving.doctors().size() + " vikarer: sent to the office, "
                            + "HER-id " + office));
            case NONE -> candidates.add(route(fallback, PartyAddress.organisation(null, fallback),
                    RouteCase.NO_DOCTOR_FALLBACK, contract, list + ", which has no doctor (legeløs-liste): sent to "
                            + "municipality " + contract.municipality() + "'s configured fallback, HER-id " + fallback));
        }
        return candidates.stream()
                .filter(c -> c.herId() != null && reachable.test(c.herId()))
                .findFirst()
                .map(GpRouting.Result::routed)
                .orElseGet(() -> GpRouting.Result.refused(refusal(serving, contract, list, fallback)));
    }

    private static GpRoute route(String herId, PartyAddress receiver, RouteCase routeCase, GpContract contract,
                                 String explanation) {
        return new GpRoute(herId, receiver, routeCase, contract.id(), "the patient's GP: " + explanation
                + " [" + routeCase.label() + "]");
    }

    private static PartyAddress officeOnly(GpContract contract) {
        return PartyAddress.organisation(contract.office().name(), contract.office().herId());
    }

    /** The office with the doctor as clinical addressee; with the doctor's HER-id only when addressed to them. */
    private static PartyAddress officeWith(GpContract contract, Doctor doctor, boolean personally) {
        return officeOnly(contract).withPerson(doctor.name(), personally ? doctor.herId() : null, doctor.hpr());
    }

    private static String who(Doctor doctor) {
        return (doctor.name() == null ? "" : doctor.name() + " ") + "(HPR " + doctor.hpr()
                + (doctor.herId() == null ? "" : ", HER-id " + doctor.herId()) + ")";
    }

    private static String refusal(ListServing serving, GpContract contract, String list, String fallback) {
        if (serving.kind() == ListServing.Kind.NONE) {
            return list + ", which has no doctor (legeløs-liste), and "
                    + (fallback == null ? "municipality " + contract.municipality() + " has configured no fallback"
                    : "its fallback HER-id " + fallback + " is not in Samport's directory")
                    + " (samport.gp-lists.municipalities." + contract.municipality() + ".fallback-her-id)";
        }
        return list + ", but neither its doctor nor its office (HER-id " + contract.office().herId()
                + ") is in Samport's directory";
    }
}
