package no.samport.directory.gp.fhir;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.waiting.WaitingEntry;
import no.samport.directory.gp.waiting.WaitingGroup;
import no.samport.directory.gp.waiting.WaitingStatus;
import no.samport.plugin.api.fhir.GpListConventions;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/** Reads a new waiting-list entry from a {@code Task} (the reverse of {@link WaitingTaskMapper}). */
public final class WaitingTaskReader {

    private final ResourceIndex index;
    private final Function<String, Optional<String>> municipalityOfContract;

    /** @param municipalityOfContract the municipality of a known contract, to place a per-GP entry */
    public WaitingTaskReader(ResourceIndex index, Function<String, Optional<String>> municipalityOfContract) {
        this.index = index;
        this.municipalityOfContract = municipalityOfContract;
    }

    public WaitingEntry entry(Task task, Provenance provenance, String where) {
        ListedPatient patient = index.resolve(task.getFor(), Patient.class)
                .map(p -> PatientMapper.fromFhir(p, where + ".for"))
                .orElseGet(() -> ListedPatient.identifiedOnly(
                        PatientMapper.nin(List.of(task.getFor().getIdentifier()), where + ".for"), null));
        if (!task.hasAuthoredOn()) {
            throw new InvalidGpDataException(where + ".authoredOn (when the person joined the waiting list) is missing");
        }
        Reference focus = task.getFocus();
        String target = null;
        String municipality;
        if (focus.hasIdentifier() && GpListConventions.CONTRACT_ID.equals(focus.getIdentifier().getSystem())) {
            target = focus.getIdentifier().getValue();
            String contract = target;
            municipality = municipalityOfContract.apply(target).orElseThrow(() -> new InvalidGpDataException(
                    where + ".focus names contract " + contract + ", which Samport does not know"));
        } else if (focus.hasIdentifier() && GpListConventions.MUNICIPALITY.equals(focus.getIdentifier().getSystem())) {
            municipality = focus.getIdentifier().getValue();
        } else {
            throw new InvalidGpDataException(where + ".focus must name the GP list (identifier " + GpListConventions
                    .CONTRACT_ID + ") or the municipality (identifier " + GpListConventions.MUNICIPALITY + ")");
        }
        WaitingGroup group = GpCodings.value(task, GpListConventions.EXT_WAITING_GROUP).flatMap(GpCodings::code)
                .map(code -> WaitingGroup.fromCode(code).orElseThrow(() -> new InvalidGpDataException(where
                        + ": waiting group '" + code + "' is not one of no-gp, gp-elsewhere, switch-within")))
                .orElse(null);
        String externalId = GpCodings.identifier(task.getIdentifier(), GpListConventions.WAITING_ENTRY_ID).orElse(null);
        return new WaitingEntry(UUID.randomUUID(), externalId, patient, municipality, target, group,
                task.getAuthoredOn().toInstant(), WaitingStatus.WAITING, null, null, provenance);
    }

    /** Which entry a withdrawal means: Samport's id (Task.id) or the source's (Task.identifier). */
    public static UUID entryId(Task task) {
        String id = task.getIdElement().getIdPart();
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
