package no.samport.gateway.api.gplists;

import ca.uhn.fhir.context.FhirContext;
import java.io.StringReader;
import java.time.Instant;
import no.samport.directory.gp.change.ChangeResult;
import no.samport.directory.gp.fhir.ChangeOutcomes;
import no.samport.directory.gp.imports.GpImports;
import no.samport.directory.gp.imports.ImportReport;
import no.samport.directory.gp.jdbc.JdbcGpContracts;
import no.samport.directory.gp.service.GpListChanges;
import no.samport.directory.gp.service.GpRepositories;
import no.samport.directory.gp.service.GpTime;
import no.samport.kith.pasientliste.InvalidPasientlisteException;
import no.samport.kith.pasientliste.Pasientliste;
import no.samport.kith.pasientliste.PasientlisteReader;
import no.samport.kith.pasientliste.PasientlisteSnapshot;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Contract and list changes in: one FHIR change message, a file of them (NDJSON), or a HIS 1023 Pasientliste from a
 * source such as HELFO. Answers 200 when the change was applied or changed nothing, 409 when it was reported as a
 * contradiction or out of order, 400 when it cannot be read.
 */
@RestController
@RequestMapping("/api/directory/gp-changes")
public class GpChangesController {

    private final GpListChanges changes;
    private final GpImports imports;
    private final JdbcGpContracts contracts;
    private final FhirResponses fhir;

    public GpChangesController(GpListChanges changes, GpImports imports, GpRepositories repositories,
                               FhirContext fhirContext) {
        this.changes = changes;
        this.imports = imports;
        this.contracts = repositories.contracts();
        this.fhir = new FhirResponses(fhirContext);
    }

    @PostMapping(consumes = {"application/fhir+json", "application/json"})
    public ResponseEntity<String> change(@RequestBody String message) {
        return answer(changes.apply(imports.read(fhir.parse(Bundle.class, message))));
    }

    @PostMapping(path = "/import", consumes = {"application/x-ndjson", "application/fhir+ndjson", "text/plain"})
    public ImportReport importFile(@RequestParam(defaultValue = "file-import") String source,
                                   @RequestBody String ndjson) {
        return imports.changeMessages(new StringReader(ndjson), source);
    }

    /** A HIS 1023 list from {@code source}; the contract is found by the GP's fødselsnummer and the municipality. */
    @PostMapping(path = "/pasientliste", consumes = {"application/xml", "text/xml"})
    public ResponseEntity<String> pasientliste(@RequestParam(defaultValue = "helfo") String source,
                                               @RequestParam(required = false) String contract,
                                               @RequestBody byte[] xml) throws InvalidPasientlisteException {
        Pasientliste list = PasientlisteReader.read(xml);
        String contractId = contract != null ? contract : list.fnrLege() == null ? list.listeNr()
                : contracts.heldBy(list.fnrLege(), list.kommune()).orElse(null);
        if (contractId == null || contracts.find(contractId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No contract in municipality " + list.kommune()
                    + " is held by the list's GP (FnrLege), and no contract=... was given");
        }
        // the list's month is its time: the same list received twice is the same change
        Instant recorded = list.month().atDay(1).atStartOfDay(GpTime.ZONE).toInstant();
        Bundle snapshot = PasientlisteSnapshot.message(list, contractId, source, recorded);
        return answer(changes.apply(imports.read(snapshot)));
    }

    private ResponseEntity<String> answer(ChangeResult result) {
        return fhir.with(result.outcome().isReported() ? HttpStatus.CONFLICT : HttpStatus.OK,
                ChangeOutcomes.of(result));
    }
}
