package no.samport.pipeline;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;

/** Serialises message bundles for the store. One shared FhirContext; a new parser per call (parsers are not thread-safe). */
public final class FhirJson {

    private final FhirContext context;

    public FhirJson(FhirContext context) {
        this.context = context;
    }

    public String write(Bundle bundle) {
        return context.newJsonParser().encodeResourceToString(bundle);
    }

    public Bundle read(String json) {
        return context.newJsonParser().parseResource(Bundle.class, json);
    }
}
