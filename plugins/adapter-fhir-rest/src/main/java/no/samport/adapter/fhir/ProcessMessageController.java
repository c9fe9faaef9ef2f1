package no.samport.adapter.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.Optional;
import java.util.function.Consumer;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Samport's FHIR messaging entry: {@code POST /fhir/{endpoint-id}/$process-message} with a message bundle in JSON.
 * 200 with an informational OperationOutcome once Samport has stored the message; 400 when the body is not a FHIR
 * message bundle (nothing stored, the 8221 code in the outcome); 404 for an endpoint that is not a running FHIR REST
 * endpoint; 500 when it could not be stored (send it again).
 */
@RestController
public class ProcessMessageController {

    private static final Logger log = LoggerFactory.getLogger(ProcessMessageController.class);
    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private final FhirInbox inbox;
    private final FhirMessageCodec codec;
    private final FhirContext fhir;

    public ProcessMessageController(FhirInbox inbox, FhirMessageCodec codec, FhirContext fhir) {
        this.inbox = inbox;
        this.codec = codec;
        this.fhir = fhir;
    }

    @PostMapping(path = "/fhir/{endpointId}/$process-message")
    public ResponseEntity<String> processMessage(@PathVariable String endpointId, @RequestBody byte[] message) {
        Optional<Consumer<byte[]>> receiver = inbox.receiver(endpointId);
        if (receiver.isEmpty()) {
            return answer(404, IssueSeverity.ERROR, IssueType.NOTFOUND, "No FHIR REST endpoint '" + endpointId
                    + "' is running in Samport");
        }
        try {
            codec.decode(message);
        } catch (MessageRejectedException e) {
            return answer(400, IssueSeverity.ERROR, IssueType.STRUCTURE, e.error().code() + ": " + e.getMessage());
        }
        try {
            receiver.get().accept(message);
        } catch (RuntimeException e) {
            log.warn("FHIR endpoint {}: a message could not be stored: {}", endpointId, e.getClass().getSimpleName());
            return answer(500, IssueSeverity.ERROR, IssueType.TRANSIENT, "Samport could not store the message; "
                    + "send it again");
        }
        return answer(200, IssueSeverity.INFORMATION, IssueType.INFORMATIONAL, "Accepted by Samport for delivery");
    }

    private ResponseEntity<String> answer(int status, IssueSeverity severity, IssueType type, String text) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(text);
        return ResponseEntity.status(status).contentType(FHIR_JSON)
                .body(fhir.newJsonParser().encodeResourceToString(outcome));
    }
}
