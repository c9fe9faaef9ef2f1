package no.samport.policy.fhirpath;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.plugin.api.fhir.PartyResources;
import org.hl7.fhir.r4.fhirpath.ExpressionNode.CollectionStatus;
import org.hl7.fhir.r4.fhirpath.TypeDetails;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;

/**
 * The constants every rule expression may use, read once per message so that rules stay short:
 * {@code %header}, {@code %sender}, {@code %receiver}, {@code %messageType}, {@code %sent}, {@code %evaluatedAt},
 * {@code %senderHerIds}, {@code %receiverHerIds} (person, department and organisation, most specific first),
 * {@code %senderRoles}, {@code %receiverRoles} (roles the policy binds to those HER-ids), {@code %copyReceiverHerIds},
 * {@code %copyReceiverRoles} (the same for every copy receiver), {@code %document} (documents carried in the message,
 * e.g. an epikrise), {@code %kithEpikrise} (whether the epikrise was read from KITH XML),
 * and the resources of the message and its documents by type: {@code %composition}, {@code %encounter},
 * {@code %patient}, {@code %tasks}, {@code %medications}, {@code %appointments}, {@code %communications},
 * {@code %resources}.
 */
public final class MessageFacts {

    /**
     * The mark of an epikrise read from KITH XML: the Epikrise mapping's ServRprt/ServType extension on the
     * Composition, which every Epikrise has (docs/mapping/epikrise.md).
     */
    static final String KITH_EPIKRISE_MARK = "https://samport.no/fhir/StructureDefinition/epikrise-serv-type";

    private static final Map<String, TypeDetails> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("header", one("MessageHeader"));
        TYPES.put("sender", one("PractitionerRole", "Organization", "Practitioner"));
        TYPES.put("receiver", one("PractitionerRole", "Organization", "Practitioner"));
        TYPES.put("messageType", one(TypeDetails.FP_String));
        TYPES.put("sent", one("dateTime"));
        TYPES.put("evaluatedAt", one("dateTime"));
        TYPES.put("senderHerIds", many(TypeDetails.FP_String));
        TYPES.put("receiverHerIds", many(TypeDetails.FP_String));
        TYPES.put("senderRoles", many(TypeDetails.FP_String));
        TYPES.put("receiverRoles", many(TypeDetails.FP_String));
        TYPES.put("copyReceiverHerIds", many(TypeDetails.FP_String));
        TYPES.put("copyReceiverRoles", many(TypeDetails.FP_String));
        TYPES.put("kithEpikrise", one(TypeDetails.FP_Boolean));
        TYPES.put("document", many("Bundle"));
        TYPES.put("composition", many("Composition"));
        TYPES.put("encounter", many("Encounter"));
        TYPES.put("patient", many("Patient"));
        TYPES.put("tasks", many("Task"));
        TYPES.put("medications", many("MedicationStatement"));
        TYPES.put("appointments", many("Appointment"));
        TYPES.put("communications", many("Communication"));
        TYPES.put("resources", many("Resource"));
    }

    private MessageFacts() {
    }

    /** The built-in constants and their types, for checking expressions at load. */
    public static Map<String, TypeDetails> types() {
        return TYPES;
    }

    /** The built-in constants of one message. */
    public static Map<String, List<Base>> of(Bundle bundle, MessageEnvelope envelope, RoleMarks roles,
                                             Instant evaluatedAt) {
        List<Resource> resources = resources(bundle);
        MessageHeader header = Bundles.header(bundle);
        Map<String, List<Base>> facts = new LinkedHashMap<>();
        facts.put("header", List.of(header));
        facts.put("sender", optional(Bundles.resolve(bundle, header.getSender()).orElse(null)));
        facts.put("receiver", optional(header.hasDestination()
                ? Bundles.resolve(bundle, header.getDestinationFirstRep().getReceiver()).orElse(null) : null));
        facts.put("messageType", optional(envelope.messageType() == null ? null : new StringType(envelope.messageType())));
        facts.put("sent", optional(bundle.hasTimestamp()
                ? new DateTimeType(bundle.getTimestampElement().getValueAsString()) : null));
        facts.put("evaluatedAt", List.of(new DateTimeType(Date.from(evaluatedAt))));
        facts.put("senderHerIds", strings(envelope.sender().herIdsMostSpecificFirst()));
        facts.put("receiverHerIds", strings(envelope.receiver().herIdsMostSpecificFirst()));
        facts.put("senderRoles", strings(roles.rolesOf(envelope.sender().herIdsMostSpecificFirst())));
        facts.put("receiverRoles", strings(roles.rolesOf(envelope.receiver().herIdsMostSpecificFirst())));
        List<String> copyReceivers = copyReceiverHerIds(bundle, header);
        facts.put("copyReceiverHerIds", strings(copyReceivers));
        facts.put("copyReceiverRoles", strings(roles.rolesOf(copyReceivers)));
        facts.put("kithEpikrise", List.of(new BooleanType(resources.stream()
                .anyMatch(r -> r instanceof Composition c && c.hasExtension(KITH_EPIKRISE_MARK)))));
        facts.put("document", select(resources, r -> r instanceof Bundle b && b.getType() == Bundle.BundleType.DOCUMENT));
        facts.put("composition", select(resources, Composition.class::isInstance));
        facts.put("encounter", select(resources, Encounter.class::isInstance));
        facts.put("patient", select(resources, Patient.class::isInstance));
        facts.put("tasks", select(resources, Task.class::isInstance));
        facts.put("medications", select(resources, MedicationStatement.class::isInstance));
        facts.put("appointments", select(resources, Appointment.class::isInstance));
        facts.put("communications", select(resources, Communication.class::isInstance));
        facts.put("resources", new ArrayList<>(resources));
        return facts;
    }

    /** The HER-ids of the copy receivers (MessageHeader.destination after the first), most specific first each. */
    private static List<String> copyReceiverHerIds(Bundle bundle, MessageHeader header) {
        return header.getDestination().stream().skip(1).filter(MessageHeader.MessageDestinationComponent::hasReceiver)
                .flatMap(d -> PartyResources.read(bundle, d.getReceiver()).herIdsMostSpecificFirst().stream())
                .distinct().toList();
    }

    /** Every resource in the message bundle and in the bundles it carries, depth first. */
    public static List<Resource> resources(Bundle bundle) {
        List<Resource> all = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            all.add(resource);
            if (resource instanceof Bundle inner) {
                all.addAll(resources(inner));
            }
        }
        return all;
    }

    private static List<Base> select(List<Resource> resources, Predicate<Resource> filter) {
        return resources.stream().filter(filter).map(Base.class::cast).toList();
    }

    private static List<Base> optional(Base value) {
        return value == null ? List.of() : List.of(value);
    }

    private static List<Base> strings(java.util.Collection<String> values) {
        return values.stream().map(v -> (Base) new StringType(v)).toList();
    }

    private static TypeDetails one(String... types) {
        return new TypeDetails(CollectionStatus.SINGLETON, types);
    }

    private static TypeDetails many(String... types) {
        return new TypeDetails(CollectionStatus.ORDERED, types);
    }
}
