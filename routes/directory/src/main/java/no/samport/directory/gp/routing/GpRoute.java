package no.samport.directory.gp.routing;

/**
 * Where a message for the patient's GP goes: a communication party's HER-id, why, and on which list.
 *
 * @param herId       the HER-id to deliver to (a known communication party)
 * @param routeCase   which routing rule chose it
 * @param contractId  the contract whose list the patient is on at send time
 * @param explanation a sentence for the status history (no patient data)
 */
public record GpRoute(String herId, RouteCase routeCase, String contractId, String explanation) {
}
