package no.samport.directory.gp.fhir;

import java.util.Date;
import java.util.Locale;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingStatus;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * A waiting-list entry as a {@code Task} (ARCHITECTURE.md §3): for = the person, focus = the GP list waited for (a
 * Group by contract id) or the municipality (an Organization by kommunenummer), authoredOn = joined, businessStatus =
 * the exact state, restriction.period.end = the offer deadline, output = the list offered.
 */
public final class WaitingTaskMapper {

    private WaitingTaskMapper() {
    }

    /** Adds the entry's Task and Patient to the bundle; returns the Task's reference. */
    public static Reference addTo(Bundle bundle, WaitingEntry entry) {
        Task task = new Task();
        if (entry.externalId() != null) {
            task.addIdentifier(GpCodings.identifier(GpListConventions.WAITING_ENTRY_ID, entry.externalId())
                    .setAssigner(new Reference().setDisplay(entry.provenance().source())));
        }
        task.setStatus(status(entry.status()));
        task.setBusinessStatus(new CodeableConcept(new Coding(GpListConventions.WAITING_STATUS,
                entry.status().name().toLowerCase(Locale.ROOT), null)));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding(GpListConventions.TASK_CODE, "gp-waiting-list-entry",
                "Venter på plass på fastlegeliste")));
        task.setFor(Bundles.add(bundle, PatientMapper.toFhir(entry.patient())));
        task.setFocus(entry.targetContractId() != null ? contract(entry.targetContractId()) : municipality(entry.municipality()));
        task.setAuthoredOn(Date.from(entry.joinedAt()));
        if (entry.group() != null) {
            GpCodings.extension(task, GpListConventions.EXT_WAITING_GROUP,
                    new Coding(GpListConventions.WAITING_GROUP, entry.group().code(), entry.group().display()));
        }
        if (entry.offerDeadline() != null) {
            task.getRestriction().getPeriod().setEnd(Date.from(entry.offerDeadline()));
        }
        if (entry.offeredContractId() != null) {
            task.addOutput().setType(new CodeableConcept().setText("offered-list"))
                    .setValue(contract(entry.offeredContractId()));
        }
        // the Task keeps Samport's id, so that answers to an offer can name it
        task.setId(entry.id().toString());
        bundle.addEntry().setFullUrl("urn:uuid:" + entry.id()).setResource(task);
        return new Reference("urn:uuid:" + entry.id());
    }

    /** A logical reference to a contract's list. */
    public static Reference contract(String contractId) {
        return new Reference().setType("Group")
                .setIdentifier(GpCodings.identifier(GpListConventions.CONTRACT_ID, contractId));
    }

    /** A logical reference to a municipality. */
    public static Reference municipality(String code) {
        return new Reference().setType("Organization")
                .setIdentifier(GpCodings.identifier(GpListConventions.MUNICIPALITY, code));
    }

    static Task.TaskStatus status(WaitingStatus status) {
        return switch (status) {
            case WAITING -> Task.TaskStatus.REQUESTED;
            case OFFERED -> Task.TaskStatus.INPROGRESS;
            case ACCEPTED -> Task.TaskStatus.COMPLETED;
            case DECLINED -> Task.TaskStatus.REJECTED;
            case EXPIRED -> Task.TaskStatus.FAILED;
            case WITHDRAWN -> Task.TaskStatus.CANCELLED;
        };
    }
}
