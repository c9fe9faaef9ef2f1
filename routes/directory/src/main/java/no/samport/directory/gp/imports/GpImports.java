package no.samport.directory.gp.imports;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.fhir.ChangeMessageReader;
import no.samport.directory.gp.fhir.InvalidGpDataException;
import no.samport.directory.gp.jdbc.JdbcGpContracts;
import no.samport.directory.gp.service.GpListChanges;
import org.hl7.fhir.r4.model.Bundle;

/**
 * File imports: FHIR change messages as NDJSON (one message bundle per line — a Fastlegeregisteret-style feed, or a
 * municipality's list changes) and the waiting-list CSV. Each change is applied in its own transaction, so one bad
 * line never holds back the others; the report says what became of each.
 */
public final class GpImports {

    private final GpListChanges changes;
    private final JdbcGpContracts contracts;
    private final FhirContext fhir;

    public GpImports(GpListChanges changes, JdbcGpContracts contracts, FhirContext fhir) {
        this.changes = changes;
        this.contracts = contracts;
        this.fhir = fhir;
    }

    /** Applies one change message. */
    public ChangeEnvelope read(Bundle message) {
        return new ChangeMessageReader(this::municipalityOf).read(message);
    }

    /** Imports an NDJSON file of change messages; {@code source} labels the report only (each message names its own). */
    public ImportReport changeMessages(Reader ndjson, String source) {
        ImportReport report = new ImportReport(source);
        ChangeMessageReader reader = new ChangeMessageReader(this::municipalityOf);
        forEachLine(ndjson, (line, number) -> {
            try {
                Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, line);
                report.add(changes.apply(reader.read(bundle)));
            } catch (DataFormatException e) {
                report.invalid(number, "line " + number + " is not a FHIR Bundle in JSON");
            } catch (InvalidGpDataException e) {
                report.invalid(number, "line " + number + ": " + e.getMessage());
            }
        });
        return report;
    }

    /** Imports a waiting-list CSV file from {@code source}. */
    public ImportReport waitingListCsv(Reader csv, String source) {
        ImportReport report = new ImportReport(source);
        WaitingListCsv[] format = new WaitingListCsv[1];
        forEachLine(csv, (line, number) -> {
            try {
                if (format[0] == null) {
                    format[0] = new WaitingListCsv(line, source, this::municipalityOf);
                    return;
                }
                report.add(changes.apply(format[0].read(line, number)));
            } catch (InvalidGpDataException e) {
                report.invalid(number, e.getMessage());
                if (format[0] == null) {
                    throw e;
                }
            }
        });
        return report;
    }

    private Optional<String> municipalityOf(String contractId) {
        return contracts.find(contractId).map(GpContract::municipality);
    }

    private interface LineHandler {
        void handle(String line, int number);
    }

    private static void forEachLine(Reader input, LineHandler handler) {
        try (BufferedReader lines = new BufferedReader(input)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    handler.handle(line, number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import file", e);
        }
    }
}
