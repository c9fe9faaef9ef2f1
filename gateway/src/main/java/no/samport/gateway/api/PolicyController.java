package no.samport.gateway.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samport.gateway.policy.DryRunArguments;
import no.samport.gateway.policy.DryRunReport;
import no.samport.gateway.policy.MessageFiles;
import no.samport.gateway.policy.PolicyDryRuns;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.FindingCount;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredDecision;
import no.samport.policy.EffectivePolicy;
import no.samport.policy.TaskSharingPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The task-sharing policy over HTTP: dry runs ({@code POST /api/policy/dry-run}), the rules in force, the decision
 * and deadlines stored with a message, the findings report per sending organisation and rule, the deadlines in alarm.
 */
@RestController
public class PolicyController {

    private final PolicyDryRuns dryRuns;
    private final MessageStore store;
    private final TaskSharingPolicy policy;

    public PolicyController(PolicyDryRuns dryRuns, MessageStore store, TaskSharingPolicy policy) {
        this.dryRuns = dryRuns;
        this.store = store;
        this.policy = policy;
    }

    /**
     * What the rules would do with a message (FHIR message Bundle as JSON or XML, or KITH XML), sending nothing.
     *
     * @param at      when (ISO date or instant; default now): chooses the rule-set versions in force
     * @param version pins a rule set to a version, {@code rule-set:version}; may repeat
     * @param compare whether to compare with the national rules alone
     */
    @PostMapping(value = "/api/policy/dry-run", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_JSON_VALUE, "application/fhir+json", "application/fhir+xml",
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public DryRunReport dryRun(@RequestBody(required = false) byte[] message,
                               @RequestParam(required = false) String at,
                               @RequestParam(required = false) List<String> version,
                               @RequestParam(defaultValue = "true") boolean compare) {
        if (message == null || message.length == 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Send the message as the request body");
        }
        try {
            return dryRuns.run(message, DryRunArguments.instant(at),
                    DryRunArguments.pinned(version == null ? List.of() : version), compare);
        } catch (MessageFiles.UnreadableMessageException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** The decision stored with a message: versions, the rules evaluated, those that fired, the inputs they read. */
    @GetMapping(value = "/api/messages/{trackingId}/policy", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> decision(@PathVariable UUID trackingId) {
        StoredDecision decision = store.decision(trackingId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Message " + trackingId + " has no task-sharing decision (not past the policy stage)"));
        return ResponseEntity.ok(decision.decisionJson());
    }

    /** The obligations tracked for a message and where they stand (OPEN, ALARM, MET, MET_LATE, CLEARED). */
    @GetMapping("/api/messages/{trackingId}/deadlines")
    public List<DeadlineState> deadlines(@PathVariable UUID trackingId) {
        return store.deadlines(trackingId);
    }

    /** Findings per sending organisation and rule, for messages decided in [from, to) (default: the last 30 days). */
    @GetMapping("/api/policy/findings")
    public Map<String, Object> findings(@RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to) {
        Instant end = to == null ? Instant.now() : instant(to);
        Instant start = from == null ? end.minus(java.time.Duration.ofDays(30)) : instant(from);
        List<FindingCount> counts = store.findingCounts(start, end);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("from", start);
        report.put("to", end);
        report.put("findings", counts);
        return report;
    }

    /** The rules in force now (and those switched off), with the rule-set versions and each layer's changes. */
    @GetMapping("/api/policy/rules")
    public Map<String, Object> rules() {
        EffectivePolicy policy = this.policy.inForce(Instant.now());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", policy.version());
        view.put("rules", policy.rules().stream().map(RuleView::of).toList());
        view.put("units", policy.units());
        view.put("notes", policy.notes());
        return view;
    }

    /** Deadlines that are due and not met. */
    @GetMapping("/api/policy/alarms")
    public List<DeadlineState> alarms(@RequestParam(defaultValue = "100") int limit) {
        return store.deadlinesIn(DeadlineState.ALARM, Math.min(Math.max(limit, 1), 1000));
    }

    private static Instant instant(String text) {
        try {
            return DryRunArguments.instant(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
