package no.samport.plugin.api.fhir;

import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Conventions for Samport's message Bundles: type {@code message}, the KITH MsgId in {@code Bundle.identifier},
 * the MessageHeader first, every entry with a {@code urn:uuid:} fullUrl that references point to.
 */
public final class Bundles {

    private Bundles() {
    }

    /** A new message bundle with its MessageHeader as first entry. */
    public static Bundle newMessage(String msgId, Date timestamp, MessageHeader header) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.MESSAGE);
        bundle.setIdentifier(new Identifier().setSystem(Systems.MSG_ID).setValue(msgId));
        bundle.setTimestamp(timestamp);
        add(bundle, header);
        return bundle;
    }

    /** Adds a resource with a fresh {@code urn:uuid:} fullUrl and returns a reference to it. */
    public static Reference add(Bundle bundle, Resource resource) {
        String fullUrl = "urn:uuid:" + UUID.randomUUID();
        resource.setId(fullUrl.substring("urn:uuid:".length()));
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
        return new Reference(fullUrl);
    }

    /** The bundle's MessageHeader (its first entry). */
    public static MessageHeader header(Bundle bundle) {
        if (bundle.getEntry().isEmpty() || !(bundle.getEntryFirstRep().getResource() instanceof MessageHeader header)) {
            throw new IllegalArgumentException("A message bundle starts with a MessageHeader");
        }
        return header;
    }

    /** The KITH MsgId of the message, from {@code Bundle.identifier}. */
    public static String msgId(Bundle bundle) {
        return bundle.getIdentifier().getValue();
    }

    /** Finds the resource a reference points to: in memory, or by fullUrl or relative id inside the bundle. */
    public static Optional<Resource> resolve(Bundle bundle, Reference reference) {
        if (reference == null) {
            return Optional.empty();
        }
        if (reference.getResource() instanceof Resource inMemory) {
            return Optional.of(inMemory);
        }
        String ref = reference.getReference();
        if (ref == null) {
            return Optional.empty();
        }
        for (BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            if (ref.equals(entry.getFullUrl())
                    || ref.equals(resource.fhirType() + "/" + resource.getIdElement().getIdPart())) {
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }

    /** The first resource of a type in the bundle. */
    public static <T extends Resource> Optional<T> first(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
    }
}
