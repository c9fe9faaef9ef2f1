package no.samport.directory.gp.fhir;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A bundle's resources by full URL and by type/id, so that references resolve in constant time: a list snapshot has a
 * reference per member, and a municipality's snapshot some 220 000 of them.
 */
public final class ResourceIndex {

    private final Bundle bundle;
    private final Map<String, Resource> byReference = new HashMap<>();

    public ResourceIndex(Bundle bundle) {
        this.bundle = bundle;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            if (entry.hasFullUrl()) {
                byReference.put(entry.getFullUrl(), resource);
            }
            if (resource.getIdElement().hasIdPart()) {
                byReference.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
        }
    }

    public Bundle bundle() {
        return bundle;
    }

    /** The resource a reference points to, when it is in the bundle and of the type asked for. */
    public <T extends Resource> Optional<T> resolve(Reference reference, Class<T> type) {
        if (reference == null) {
            return Optional.empty();
        }
        Object target = reference.getResource() != null ? reference.getResource()
                : byReference.get(reference.getReference());
        return type.isInstance(target) ? Optional.of(type.cast(target)) : Optional.empty();
    }
}
