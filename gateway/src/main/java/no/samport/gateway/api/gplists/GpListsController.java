package no.samport.gateway.api.gplists;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samport.directory.gp.distribution.ListDistribution;
import no.samport.directory.gp.service.GpTime;
import no.samport.directory.gp.views.GpViews;
import no.samport.kith.pasientliste.PasientlisteFhir;
import no.samport.kith.pasientliste.PasientlisteWriter;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Group;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** GP lists out: lists as FHIR Groups or HIS 1023, full lists sent to an office, the patient's GP on a day. */
@RestController
@RequestMapping("/api/directory")
public class GpListsController {

    /** Who to look up: a fødselsnummer or D-nummer, and optionally the day (default today). */
    public record PatientQuery(String patient, LocalDate at) {
    }

    private final GpViews views;
    private final ListDistribution distribution;
    private final FhirResponses fhir;

    public GpListsController(GpViews views, ListDistribution distribution, FhirContext fhirContext) {
        this.views = views;
        this.distribution = distribution;
        this.fhir = new FhirResponses(fhirContext);
    }

    @GetMapping("/gp-contracts")
    public ResponseEntity<String> contracts(@RequestParam(required = false) String municipality) {
        return fhir.ok(views.contracts(municipality));
    }

    @GetMapping("/gp-contracts/{id}")
    public ResponseEntity<String> contract(@PathVariable String id, @RequestParam(defaultValue = "false") boolean members) {
        return fhir.ok(views.contract(id, members).orElseThrow(() -> notFound(id)));
    }

    /** The list for a month as HIS 1023 XML: all patients, or only those who joined or left ({@code changes=true}). */
    @GetMapping(path = "/gp-contracts/{id}/pasientliste", produces = MediaType.APPLICATION_XML_VALUE)
    public byte[] pasientliste(@PathVariable String id, @RequestParam(required = false) YearMonth month,
                               @RequestParam(defaultValue = "false") boolean changes) {
        YearMonth which = month != null ? month : YearMonth.now(GpTime.ZONE);
        Bundle bundle = views.month(id, which).orElseThrow(() -> notFound(id));
        Group group = Bundles.first(bundle, Group.class).orElseThrow();
        return PasientlisteWriter.write(PasientlisteFhir.fromGroup(bundle, group, which, changes));
    }

    /** Sends an office (organisasjonsnummer or HER-id) its full lists for a month through the outbox. */
    @PostMapping("/gp-offices/{office}/full-lists")
    public ResponseEntity<Map<String, List<UUID>>> sendFullLists(@PathVariable String office,
                                                                 @RequestParam(required = false) YearMonth month) {
        List<UUID> documents = distribution.sendFullLists(office, month != null ? month : YearMonth.now(GpTime.ZONE))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No GP office " + office
                        + " that Samport can send to: it must hold contracts and its HER-id must be a party in "
                        + "samport.directory.parties"));
        return ResponseEntity.accepted().body(Map.of("documents", documents));
    }

    /** The patient's GP on a day, as Patient.generalPractitioner (the fødselsnummer goes in the body, not the URL). */
    @PostMapping(path = "/patients/general-practitioner", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> generalPractitioner(@RequestBody PatientQuery query) {
        if (query.patient() == null || !query.patient().strip().matches("\\d{11}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give \"patient\": an 11-digit fødselsnummer "
                    + "or D-nummer");
        }
        LocalDate day = query.at() != null ? query.at() : LocalDate.now(GpTime.ZONE);
        return fhir.ok(views.generalPractitioner(query.patient().strip(), day).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "On " + day + " the person is on no GP list "
                        + "Samport holds")));
    }

    private static ResponseStatusException notFound(String contract) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No GP contract " + contract);
    }
}
