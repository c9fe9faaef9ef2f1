package no.samport.gateway.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samport.pipeline.PipelineProperties;
import no.samport.pipeline.endpoint.Endpoints;
import no.samport.pipeline.step.IntakeStep;
import no.samport.pipeline.step.Reprocessor;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Submit messages and follow them: {@code /api/messages}. */
@RestController
@RequestMapping("/api/messages")
public class MessagesController {

    private final IntakeStep intake;
    private final MessageStore store;
    private final Endpoints endpoints;
    private final Reprocessor reprocessor;
    private final PipelineProperties pipeline;

    public MessagesController(IntakeStep intake, MessageStore store, Endpoints endpoints, Reprocessor reprocessor,
                              PipelineProperties pipeline) {
        this.intake = intake;
        this.store = store;
        this.endpoints = endpoints;
        this.reprocessor = reprocessor;
        this.pipeline = pipeline;
    }

    /** Takes in a native message as if it had arrived on {@code endpoint}; receipts go back through that endpoint. */
    @PostMapping
    public ResponseEntity<Map<String, Object>> submit(@RequestParam String endpoint,
                                                      @RequestBody(required = false) byte[] message) {
        if (endpoints.find(endpoint).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown endpoint '" + endpoint
                    + "'; configured endpoints: " + endpoints.all().stream().map(e -> e.id()).toList());
        }
        byte[] body = message == null ? new byte[0] : message;
        if (body.length > pipeline.getMaxStoredSize().toBytes()) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "The message is " + body.length
                    + " bytes; Samport takes at most " + pipeline.getMaxStoredSize().toBytes());
        }
        UUID trackingId = intake.receive(endpoint, "api-submission", body);
        return ResponseEntity.accepted()
                .location(URI.create("/api/messages/" + trackingId))
                .body(Map.of("trackingId", trackingId, "status", MessageStatus.RECEIVED.name()));
    }

    @GetMapping("/{trackingId}")
    public MessageView byTrackingId(@PathVariable UUID trackingId) {
        StoredMessage message = store.find(trackingId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No message has tracking id " + trackingId));
        return MessageView.of(message, store.history(trackingId));
    }

    /** Messages by MsgId (with their histories), or by status (without). */
    @GetMapping
    public List<MessageView> search(@RequestParam(required = false) String msgId,
                                    @RequestParam(required = false) MessageStatus status,
                                    @RequestParam(defaultValue = "100") int limit) {
        if (msgId != null) {
            return store.findByMsgId(msgId).stream()
                    .map(m -> MessageView.of(m, store.history(m.trackingId())))
                    .toList();
        }
        if (status != null) {
            return store.findByStatus(status, Math.min(Math.max(limit, 1), 1000)).stream()
                    .map(m -> MessageView.of(m, null))
                    .toList();
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give msgId=... or status=...");
    }

    /** Puts a FAILED message back on the queue it failed on. */
    @PostMapping("/{trackingId}/reprocess")
    public MessageView reprocess(@PathVariable UUID trackingId) {
        try {
            StoredMessage message = reprocessor.reprocess(trackingId, "operator (REST API)");
            return MessageView.of(message, store.history(trackingId));
        } catch (Reprocessor.NotReprocessableException e) {
            HttpStatus status = store.find(trackingId).isPresent() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND;
            throw new ResponseStatusException(status, e.getMessage());
        }
    }
}
