package no.samport.directory.gp.fhir;

import java.util.Optional;
import java.util.function.Function;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.change.Fingerprints;
import no.samport.directory.gp.change.GpChange;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions.Events;
import no.samport.plugin.api.fhir.GpListConventions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Task;

/**
 * Reads a GP-list or waiting-list change from a FHIR message bundle: {@code Bundle.identifier} is the change's id (the
 * same id twice is the same change), {@code Bundle.timestamp} when the source recorded it, {@code
 * MessageHeader.source.name} the source, {@code eventCoding} what happened, {@code focus} the Group or Task.
 */
public final class ChangeMessageReader {

    private final Function<String, Optional<String>> municipalityOfContract;

    /** @param municipalityOfContract the municipality of a known contract (for per-GP waiting-list entries) */
    public ChangeMessageReader(Function<String, Optional<String>> municipalityOfContract) {
        this.municipalityOfContract = municipalityOfContract;
    }

    public ChangeEnvelope read(Bundle bundle) {
        if (bundle.getType() != Bundle.BundleType.MESSAGE) {
            throw new InvalidGpDataException("Bundle.type must be 'message', not '" + bundle.getType() + "'");
        }
        MessageHeader header;
        try {
            header = Bundles.header(bundle);
        } catch (IllegalArgumentException e) {
            throw new InvalidGpDataException("Bundle.entry[0] must be the MessageHeader");
        }
        String changeId = bundle.getIdentifier().getValue();
        if (changeId == null || changeId.isBlank()) {
            throw new InvalidGpDataException("Bundle.identifier.value (the change's id at its source) is missing");
        }
        if (!bundle.hasTimestamp()) {
            throw new InvalidGpDataException("Bundle.timestamp (when the source recorded the change) is missing");
        }
        String source = header.getSource().getName();
        if (source == null || !source.strip().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidGpDataException("MessageHeader.source.name must name the source in kebab-case "
                    + "(e.g. flr, kommune, helfo)");
        }
        if (!header.hasEventCoding() || !GpListConventions.EVENT.equals(header.getEventCoding().getSystem())) {
            throw new InvalidGpDataException("MessageHeader.eventCoding must be a code of " + GpListConventions.EVENT);
        }
        if (!header.hasFocus()) {
            throw new InvalidGpDataException("MessageHeader.focus must point to the Group or Task that changed");
        }
        Provenance provenance = new Provenance(source, bundle.getTimestamp().toInstant());
        GpChange change = change(header.getEventCoding().getCode(), new ResourceIndex(bundle), header, provenance);
        return new ChangeEnvelope(changeId, provenance, Fingerprints.of(change, provenance), change);
    }

    private GpChange change(String event, ResourceIndex index, MessageHeader header, Provenance provenance) {
        ListGroupReader groups = new ListGroupReader(index);
        String where = "MessageHeader.focus";
        switch (event == null ? "" : event) {
            case Events.CONTRACT_CHANGED: {
                Group group = group(index, header);
                return new GpChange.ContractChanged(groups.contract(group, provenance, "Group"),
                        group.hasQuantity() ? group.getQuantity() : null);
            }
            case Events.MEMBER_ADDED: {
                Group group = group(index, header);
                GpChange.SnapshotMember member = groups.member(single(group), "Group.member[0]");
                return new GpChange.MemberAdded(ListGroupReader.contractId(group, "Group"), member.patient(),
                        member.period().from(), member.beginCode(), member.navOffice());
            }
            case Events.MEMBER_ENDED: {
                Group group = group(index, header);
                GpChange.SnapshotMember member = groups.member(single(group), "Group.member[0]");
                if (member.period().to() == null) {
                    throw new InvalidGpDataException("Group.member[0].period.end (the day the person left) is missing");
                }
                return new GpChange.MemberEnded(ListGroupReader.contractId(group, "Group"), member.patient().nin(),
                        member.period().to(), member.endCode());
            }
            case Events.LIST_SNAPSHOT: {
                Group group = group(index, header);
                return new GpChange.ListSnapshot(ListGroupReader.contractId(group, "Group"),
                        groups.members(group, "Group"), group.hasQuantity() ? group.getQuantity() : null);
            }
            case Events.WAITING_ADDED:
                return new GpChange.WaitingAdded(new WaitingTaskReader(index, municipalityOfContract)
                        .entry(task(index, header), provenance, "Task"));
            case Events.WAITING_WITHDRAWN: {
                Task task = task(index, header);
                return new GpChange.WaitingWithdrawn(WaitingTaskReader.entryId(task), GpCodings.identifier(
                        task.getIdentifier(), GpListConventions.WAITING_ENTRY_ID).orElse(null));
            }
            default:
                throw new InvalidGpDataException(where + ": event '" + event + "' is not one Samport takes in ("
                        + String.join(", ", Events.CONTRACT_CHANGED, Events.MEMBER_ADDED, Events.MEMBER_ENDED,
                        Events.LIST_SNAPSHOT, Events.WAITING_ADDED, Events.WAITING_WITHDRAWN) + ")");
        }
    }

    private static Group group(ResourceIndex index, MessageHeader header) {
        return index.resolve(header.getFocusFirstRep(), Group.class).orElseThrow(() -> new InvalidGpDataException(
                "MessageHeader.focus does not point to a Group in the bundle"));
    }

    private static Task task(ResourceIndex index, MessageHeader header) {
        return index.resolve(header.getFocusFirstRep(), Task.class).orElseThrow(() -> new InvalidGpDataException(
                "MessageHeader.focus does not point to a Task in the bundle"));
    }

    private static Group.GroupMemberComponent single(Group group) {
        if (group.getMember().size() != 1) {
            throw new InvalidGpDataException("Group.member must hold exactly the one person who joined or left, not "
                    + group.getMember().size());
        }
        return group.getMemberFirstRep();
    }
}
