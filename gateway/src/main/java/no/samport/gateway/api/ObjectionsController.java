package no.samport.gateway.api;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.samport.pipeline.consent.ObjectionAudit;
import no.samport.pipeline.consent.PatientObjection;
import no.samport.pipeline.consent.PatientObjections;
import no.samport.plugin.api.ident.Fodselsnummer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Patients' objections to a kind of message going to their GP (GL-23): register, look up, withdraw, and the audit
 * trail. The fødselsnummer goes in request bodies, never in URLs, and answers show it masked.
 */
@RestController
@RequestMapping("/api/objections")
public class ObjectionsController {

    /** A new objection: the patient, the 8279 message types it covers, who recorded it where and when, and why. */
    public record NewObjection(String patient, Set<String> messageTypes, String source, String reason) {
    }

    /** Whose objections to look up. */
    public record PatientQuery(String patient) {
    }

    /** An objection as the API shows it: the patient's number masked to the birth date. */
    public record ObjectionView(long id, String patient, Set<String> messageTypes, String source, String reason,
                                Instant registeredAt, Instant withdrawnAt, boolean inForce) {

        static ObjectionView of(PatientObjection o) {
            return new ObjectionView(o.id(), o.patientNin().substring(0, 6) + "*****", o.messageTypes(), o.source(),
                    o.reason(), o.registeredAt(), o.withdrawnAt(), o.withdrawnAt() == null);
        }
    }

    private final PatientObjections objections;
    private final Clock clock;

    public ObjectionsController(PatientObjections objections, Clock clock) {
        this.objections = objections;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ObjectionView> register(@RequestBody NewObjection request) {
        String patient = patient(request.patient());
        Set<String> types = new LinkedHashSet<>();
        if (request.messageTypes() != null) {
            request.messageTypes().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(types::add);
        }
        if (types.isEmpty()) {
            throw badRequest("Give \"messageTypes\": the 8279 message types the objection covers, e.g. [\"EPIKRISE\"]");
        }
        if (request.source() == null || request.source().isBlank()) {
            throw badRequest("Give \"source\": who recorded the objection, where and when");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw badRequest("Give \"reason\": the patient's reason as recorded");
        }
        PatientObjection created = objections.register(patient, types, request.source().strip(),
                request.reason().strip(), clock.instant());
        return ResponseEntity.status(HttpStatus.CREATED).body(ObjectionView.of(created));
    }

    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    public List<ObjectionView> search(@RequestBody PatientQuery query) {
        return objections.forPatient(patient(query.patient())).stream().map(ObjectionView::of).toList();
    }

    @PostMapping("/{id}/withdraw")
    public ObjectionView withdraw(@PathVariable long id) {
        return objections.withdraw(id, clock.instant()).map(ObjectionView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No objection " + id));
    }

    @GetMapping("/{id}/audit")
    public List<ObjectionAudit> audit(@PathVariable long id) {
        if (objections.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No objection " + id);
        }
        return objections.audit(id);
    }

    private static String patient(String raw) {
        return Fodselsnummer.parse(raw).map(Fodselsnummer::value).orElseThrow(() -> badRequest(
                "Give \"patient\": a valid 11-digit fødselsnummer or D-nummer"));
    }

    private static ResponseStatusException badRequest(String text) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, text);
    }
}
