package no.samport.pipeline.step;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.directory.CommunicationParty;
import no.samport.directory.Directory;
import no.samport.pipeline.FhirJson;
import no.samport.pipeline.Queues;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.consent.ObjectionCheck;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolve: finds the receiver in the directory (most specific HER-id first) and the endpoint that serves it; a message
 * for "the patient's GP" goes to the GP on the patient's list at send time ({@link PatientsGpResolver}), and the case
 * is written to its status history. An unknown receiver (E21) or a message type the receiver does not take (T10, with
 * the office's urgent number: {@link ReceiverCapability}) is rejected with an AppRec. The directory is asked for every
 * message, so a receiver that starts taking a type gets the next message of it. A message to the patient's GP that the
 * patient has objected to is not delivered ({@link ObjectionCheck}, X99 with the objection named). One whose patient
 * is on no GP list may wait for a listing ({@link WaitForList}, GL-12).
 */
public final class ResolveStep {

    static final String STAGE = "resolve";
    private static final Logger log = LoggerFactory.getLogger(ResolveStep.class);

    private final MessageStore store;
    private final Directory directory;
    private final CanonicalMessages canonical;
    private final QueueSender queues;
    private final ReceiptIssuer receipts;
    private final PatientsGpResolver patientsGp;
    private final FhirJson json;
    private final ReceiverCapability capability;
    private final DataQualityFindings findings;
    private final ObjectionCheck objections;
    private final WaitForList waitForList;

    /**
     * @param patientsGp routing to the patient's GP, or null when Samport holds no GP lists
     * @param objections patients' objections to messages going to their GP, or null when Samport keeps none
     * @param waitForList the hold for patients on no GP list, or null when messages never wait
     */
    public ResolveStep(MessageStore store, Directory directory, CanonicalMessages canonical, QueueSender queues,
                       ReceiptIssuer receipts, PatientsGpResolver patientsGp, FhirJson json,
                       ReceiverCapability capability, DataQualityFindings findings, ObjectionCheck objections,
                       WaitForList waitForList) {
        this.store = store;
        this.directory = directory;
        this.canonical = canonical;
        this.queues = queues;
        this.receipts = receipts;
        this.patientsGp = patientsGp;
        this.json = json;
        this.capability = capability;
        this.findings = findings;
        this.objections = objections;
        this.waitForList = waitForList;
    }

    public void resolve(String trackingId) {
        UUID id = UUID.fromString(trackingId);
        Optional<StoredMessage> found = store.find(id);
        if (found.isEmpty() || found.get().status() != MessageStatus.DECODED) {
            log.warn("Message {} is not waiting to be resolved; skipped", trackingId);
            return;
        }
        StoredMessage message = found.get();
        Bundle bundle = canonical.load(id);
        MessageEnvelope envelope = MessageEnvelope.of(bundle);
        Optional<PatientsGpResolver.Decision> toGp = patientsGp == null ? Optional.empty()
                : patientsGp.resolve(bundle, envelope);
        if (toGp.isPresent() && waitForList != null
                && waitForList.held(id, bundle, envelope.messageType(), toGp.get(), STAGE)) {
            return;
        }
        Optional<CommunicationParty> party = toGp.isPresent() ? toGp.get().party() : directory.resolve(envelope.receiver());
        if (party.isEmpty() && toGp.isPresent()) {
            reject(message, envelope, AppRecError.E21, "Mottaker finnes ikke: " + toGp.get().detail());
            return;
        }
        if (party.isEmpty()) {
            reject(message, envelope, AppRecError.E21, "Mottaker finnes ikke: HER-id "
                    + String.join(", ", envelope.receiver().herIdsMostSpecificFirst()) + " is not in Samport's directory");
            return;
        }
        CommunicationParty receiver = party.get();
        List<String> addressed = toGp.isPresent() && toGp.get().readdressed() != null ? List.of(receiver.herId())
                : envelope.receiver().herIdsMostSpecificFirst();
        Optional<ReceiverCapability.Refusal> refusal = capability.refusal(receiver, addressed, envelope.messageType(),
                envelope.sender());
        if (refusal.isPresent()) {
            if (refusal.get().finding() != null) {
                findings.record(id, refusal.get().finding(), STAGE);
            }
            reject(message, envelope, AppRecError.T10, refusal.get().text());
            return;
        }
        Optional<String> objected = toGp.isEmpty() || objections == null ? Optional.empty()
                : objections.suppress(id, PatientsGpAddressing.patientNin(bundle).orElse(null), envelope.messageType(),
                        receiver.name() + " (HER-id " + receiver.herId() + ")");
        if (objected.isPresent()) {
            store.note(id, toGp.get().detail(), STAGE);
            reject(message, envelope, AppRecError.X99, objected.get());
            return;
        }
        if (toGp.isPresent() && toGp.get().readdressed() != null) {
            store.readdress(id, receiver.herId(), json.write(toGp.get().readdressed()), toGp.get().detail(), STAGE);
        } else if (toGp.isPresent()) {
            store.note(id, toGp.get().detail(), STAGE);
        }
        store.resolved(id, receiver.endpointId(), "receiver " + receiver.name() + " (HER-id " + receiver.herId()
                + ") is served by endpoint " + receiver.endpointId(), STAGE);
        queues.send(Queues.RESOLVED, trackingId);
    }

    private void reject(StoredMessage message, MessageEnvelope envelope, AppRecError error, String text) {
        store.reject(message.trackingId(), error.code(), text, STAGE);
        receipts.issue(message, envelope, AppRecStatus.REJECTED, List.of(new AppRecBundles.Issue(error, text)), STAGE);
    }
}
