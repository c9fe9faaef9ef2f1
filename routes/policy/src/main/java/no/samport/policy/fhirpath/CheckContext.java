package no.samport.policy.fhirpath;

import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.fhirpath.TypeDetails;

/**
 * What an expression may refer to when it is checked at load: its constants ({@code %name}) with their types, and the
 * role and task ids that {@code hasRole('...')} and {@code isTask('...')} accept.
 */
public record CheckContext(Map<String, TypeDetails> constants, Set<String> roles, Set<String> tasks) {
}
