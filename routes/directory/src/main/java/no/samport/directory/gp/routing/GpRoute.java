package no.samport.directory.gp.routing;

import no.samport.plugin.api.fhir.PartyAddress;

/**
 * Where a message for the patient's GP goes: a communication party's HER-id, how to address it, why, and on which list.
 *
 * @param herId       the HER-id to deliver to (a known communication party)
 * @param receiver    the receiver to write in the message: the office (or fallback) and, when one doctor serves the
 *                    list, that doctor; the organisation's name may be null when only the directory knows it
 * @param routeCase   which routing rule chose it
 * @param contractId  the contract whose list the patient is on at send time
 * @param explanation a sentence for the status history (no patient data)
 */
public record GpRoute(String herId, PartyAddress receiver, RouteCase routeCase, String contractId,
                      String explanation) {
}
