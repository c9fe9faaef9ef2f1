package no.samport.policy.fhirpath;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samport.plugin.api.fhir.Systems;
import no.samport.policy.rule.Role;
import no.samport.policy.rule.Vocabulary;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Task;

/**
 * How a role shows in a message, for {@code hasRole('...')}: a coding of the role (Samport's role code or a KITH code
 * such as 9034=6 Fastlege) on a Task's performerType or a PractitionerRole's code, or a HER-id that the policy in force
 * binds to the role ({@code units}).
 */
public final class RoleMarks {

    private final Vocabulary vocabulary;
    private final Map<String, List<String>> units;

    public RoleMarks(Vocabulary vocabulary, Map<String, List<String>> units) {
        this.vocabulary = vocabulary;
        this.units = units;
    }

    /** Whether the item (a Task, PractitionerRole, Practitioner, Organization or CodeableConcept) has the role. */
    public boolean has(Base item, String roleId) {
        Role role = vocabulary.role(roleId).orElse(null);
        if (role == null) {
            return false;
        }
        if (item instanceof Task task) {
            return coded(task.getPerformerType(), role);
        }
        if (item instanceof PractitionerRole practitionerRole) {
            return coded(practitionerRole.getCode(), role) || boundHerId(practitionerRole.getIdentifier(), roleId);
        }
        if (item instanceof Practitioner practitioner) {
            return boundHerId(practitioner.getIdentifier(), roleId);
        }
        if (item instanceof Organization organization) {
            return coded(organization.getType(), role) || boundHerId(organization.getIdentifier(), roleId);
        }
        if (item instanceof CodeableConcept concept) {
            return coded(List.of(concept), role);
        }
        return false;
    }

    /** The roles the policy binds to any of these HER-ids. */
    public Set<String> rolesOf(Collection<String> herIds) {
        return units.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(herIds::contains))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The HER-ids bound to a role, in the order configured. */
    public List<String> unitsOf(String roleId) {
        return units.getOrDefault(roleId, List.of());
    }

    private static boolean coded(List<CodeableConcept> concepts, Role role) {
        for (CodeableConcept concept : concepts) {
            for (Coding coding : concept.getCoding()) {
                if (Vocabulary.ROLE_SYSTEM.equals(coding.getSystem()) && role.id().equals(coding.getCode())) {
                    return true;
                }
                for (Role.Coded code : role.codes()) {
                    if (code.system().equals(coding.getSystem()) && code.code().equals(coding.getCode())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean boundHerId(List<Identifier> identifiers, String roleId) {
        List<String> bound = units.getOrDefault(roleId, List.of());
        return identifiers.stream().anyMatch(id -> Systems.HER.equals(id.getSystem()) && bound.contains(id.getValue()));
    }
}
