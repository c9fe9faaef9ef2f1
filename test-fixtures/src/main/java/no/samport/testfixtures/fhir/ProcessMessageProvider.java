package no.samport.testfixtures.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;

/** The server-level {@code $process-message} operation of the {@link FhirMessagingServer}. */
public final class ProcessMessageProvider {

    private final FhirContext fhir;
    private final List<Bundle> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile int failureStatus = 500;
    private volatile Function<Bundle, Optional<Bundle>> responder = message -> Optional.empty();
    private volatile String samportUrl;

    ProcessMessageProvider(FhirContext fhir) {
        this.fhir = fhir;
    }

    @Operation(name = "$process-message", idempotent = false)
    public OperationOutcome processMessage(@ResourceParam Bundle message) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw switch (failureStatus) {
                case 400 -> new InvalidRequestException("Simulated refusal: the message is not acceptable");
                case 422 -> new UnprocessableEntityException("Simulated refusal: the message cannot be processed");
                default -> new InternalErrorException("Simulated failure " + failureStatus);
            };
        }
        if (message.getType() != Bundle.BundleType.MESSAGE
                || !(message.getEntryFirstRep().getResource() instanceof MessageHeader)) {
            throw new InvalidRequestException("$process-message takes a Bundle of type message with a MessageHeader first");
        }
        received.add(message);
        responder.apply(message).ifPresent(this::sendToSamport);
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL).setDiagnostics("Message accepted");
        return outcome;
    }

    private void sendToSamport(Bundle response) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(samportUrl))
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(fhir.newJsonParser().encodeResourceToString(response)))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    List<Bundle> received() {
        return new ArrayList<>(received);
    }

    void respondWith(Function<Bundle, Optional<Bundle>> responder, String samportProcessMessageUrl) {
        this.responder = responder;
        this.samportUrl = samportProcessMessageUrl;
    }

    void failNext(int times, int status) {
        failureStatus = status;
        failuresLeft.set(times);
    }
}
