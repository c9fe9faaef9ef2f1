package no.samport.policy;

import java.util.Date;
import java.util.List;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.PartyAddress;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import no.samport.policy.rule.Vocabulary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * Writes a decision into the message bundle (ARCHITECTURE.md §3): a {@code Task} for each task a rule asks for, a
 * {@code meta.tag} for each finding, and one {@code Provenance} naming the rules that fired and the rule-set versions.
 * Re-routing replaces the receiver in the MessageHeader; the Provenance keeps a reference to the original one.
 */
public final class DecisionResources {

    /** Tags on the message bundle: one per finding, code = the rule id. */
    public static final String FINDING_TAG_SYSTEM = Systems.SAMPORT_BASE + "CodeSystem/policy-finding";
    /** Tags on the Tasks a rule created: code = the rule id. */
    public static final String RULE_TAG_SYSTEM = Systems.SAMPORT_BASE + "CodeSystem/policy-rule";
    /** Provenance.policy: this prefix + the rule id, for every rule that fired. */
    public static final String RULE_URI_PREFIX = Systems.SAMPORT_BASE + "policy/rule/";

    private DecisionResources() {
    }

    /** Adds the decision's Tasks, finding tags and Provenance to the message; returns whether anything was added. */
    public static boolean apply(Bundle message, Decision decision) {
        if (decision.fired().isEmpty()) {
            return false;
        }
        MessageHeader header = Bundles.header(message);
        Reference patient = patient(message);
        for (RuleResult result : decision.tasks()) {
            Bundles.add(message, task((Effect.TaskRequested) result.effect(), result, header, patient, decision));
        }
        for (RuleResult result : decision.findings()) {
            message.getMeta().addTag(FINDING_TAG_SYSTEM, result.ruleId(), result.title());
        }
        Provenance provenance = new Provenance();
        provenance.addTarget(new Reference(urlOf(message, header)));
        provenance.setRecorded(Date.from(decision.evaluatedAt()));
        provenance.addAgent().setWho(new Reference().setDisplay("Samport task-sharing policy"));
        decision.fired().forEach(r -> provenance.addPolicy(RULE_URI_PREFIX + r.ruleId()));
        provenance.addReason().setText("task-sharing rules " + decision.version().label() + ": " + decision.path());
        Bundles.add(message, provenance);
        return true;
    }

    /** Addresses the message to another party; the original receiver stays in the bundle, named by the Provenance. */
    public static void reroute(Bundle message, String herId, String name, String ruleId) {
        MessageHeader header = Bundles.header(message);
        MessageHeader.MessageDestinationComponent destination = header.getDestinationFirstRep();
        Reference original = destination.getReceiver();
        Reference receiver = PartyResources.addTo(message, PartyAddress.organisation(name, herId));
        destination.setReceiver(receiver);
        destination.setEndpoint(Systems.herEndpoint(herId));
        destination.setName(name);
        Provenance provenance = new Provenance();
        provenance.addTarget(new Reference(urlOf(message, header)));
        provenance.setRecorded(new Date());
        provenance.addAgent().setWho(new Reference().setDisplay("Samport task-sharing policy"));
        provenance.addPolicy(RULE_URI_PREFIX + ruleId);
        provenance.addEntity().setRole(Provenance.ProvenanceEntityRole.REVISION).setWhat(original);
        provenance.addReason().setText("re-routed by " + ruleId + " to HER-id " + herId);
        Bundles.add(message, provenance);
    }

    private static Task task(Effect.TaskRequested effect, RuleResult result, MessageHeader header, Reference patient,
                             Decision decision) {
        Task task = new Task();
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding(Vocabulary.TASK_SYSTEM, effect.task(), effect.taskName())));
        task.setDescription(effect.description());
        task.addPerformerType(new CodeableConcept(new Coding(Vocabulary.ROLE_SYSTEM, effect.role(), null)));
        if (effect.ownerIsReceiver() && header.hasDestination()) {
            task.setOwner(header.getDestinationFirstRep().getReceiver().copy());
        }
        if (patient != null) {
            task.setFor(patient);
        }
        task.setAuthoredOn(Date.from(decision.evaluatedAt()));
        if (effect.dueAt() != null) {
            task.getRestriction().setPeriod(new Period().setEnd(Date.from(effect.dueAt())));
        }
        task.setReasonCode(new CodeableConcept().setText(result.ruleId() + ": " + result.title()));
        task.getMeta().addTag(RULE_TAG_SYSTEM, result.ruleId(), null);
        return task;
    }

    private static Reference patient(Bundle message) {
        List<Resource> all = no.samport.policy.fhirpath.MessageFacts.resources(message);
        for (Resource resource : all) {
            if (resource instanceof Patient) {
                return new Reference(urlOf(message, resource));
            }
        }
        return null;
    }

    private static String urlOf(Bundle bundle, Resource resource) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() == resource) {
                return entry.getFullUrl();
            }
            if (entry.getResource() instanceof Bundle inner) {
                String found = urlOf(inner, resource);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
