package no.samport.gateway.api.gplists;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** FHIR resources as API answers ({@code application/fhir+json}). */
final class FhirResponses {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final FhirContext fhir;

    FhirResponses(FhirContext fhir) {
        this.fhir = fhir;
    }

    ResponseEntity<String> ok(IBaseResource resource) {
        return with(HttpStatus.OK, resource);
    }

    ResponseEntity<String> with(HttpStatus status, IBaseResource resource) {
        return ResponseEntity.status(status).contentType(FHIR_JSON)
                .body(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
    }

    <T extends IBaseResource> T parse(Class<T> type, String json) {
        return fhir.newJsonParser().parseResource(type, json);
    }
}
