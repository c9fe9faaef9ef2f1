package no.samport.gateway.api.gplists;

import ca.uhn.fhir.context.FhirContext;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import no.samport.directory.gp.change.ChangeResult;
import no.samport.directory.gp.fhir.ChangeOutcomes;
import no.samport.directory.gp.imports.GpImports;
import no.samport.directory.gp.imports.ImportReport;
import no.samport.directory.gp.service.WaitingListActions;
import no.samport.directory.gp.service.WaitingListOffers;
import no.samport.directory.gp.views.GpViews;
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

/**
 * Waiting lists: the CSV import, an entry as a FHIR Task, a person's answer to an offered place, offering free places
 * now. (Entries also come in as FHIR change messages on /api/directory/gp-changes.)
 */
@RestController
@RequestMapping("/api/directory/waiting-list")
public class WaitingListController {

    private final GpImports imports;
    private final WaitingListActions actions;
    private final GpViews views;
    private final FhirResponses fhir;

    public WaitingListController(GpImports imports, WaitingListActions actions, GpViews views,
                                 FhirContext fhirContext) {
        this.imports = imports;
        this.actions = actions;
        this.views = views;
        this.fhir = new FhirResponses(fhirContext);
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    public ImportReport importCsv(@RequestParam String source, @RequestBody String csv) {
        return imports.waitingListCsv(new StringReader(csv), source);
    }

    @GetMapping("/{id}")
    public ResponseEntity<String> entry(@PathVariable UUID id) {
        return fhir.ok(views.waitingEntry(id).orElseThrow(() -> notFound(id)));
    }

    /** The person takes the offered place; {@code source} names who recorded the answer. */
    @PostMapping("/{id}/accept")
    public ResponseEntity<String> accept(@PathVariable UUID id, @RequestParam(defaultValue = "kommune") String source) {
        return answer(actions.accept(id, source).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/{id}/decline")
    public ResponseEntity<String> decline(@PathVariable UUID id) {
        return answer(actions.decline(id).orElseThrow(() -> notFound(id)));
    }

    /** Offers the free places of a municipality's lists now (they are also offered as places open). */
    @PostMapping("/offers")
    public List<WaitingListOffers.Offer> offer(@RequestParam String municipality) {
        return actions.offerIn(municipality);
    }

    private ResponseEntity<String> answer(ChangeResult result) {
        return fhir.with(result.outcome().isReported() ? HttpStatus.CONFLICT : HttpStatus.OK,
                ChangeOutcomes.of(result));
    }

    private static ResponseStatusException notFound(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No waiting-list entry " + id);
    }
}
