package no.samport.directory.gp.imports;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.change.ChangeResult;
import no.samport.directory.gp.fhir.ChangeMessageReader;
import no.samport.directory.gp.fhir.InvalidGpDataException;
import no.samport.directory.gp.jdbc.JdbcGpContracts;
import no.samport.directory.gp.service.DeferredOffers;
import no.samport.directory.gp.service.GpListChanges;
import org.hl7.fhir.r4.model.Bundle;

/**
 * File imports: FHIR change messages as NDJSON (one message bundle per line — a Fastlegeregisteret-style feed, or a
 * municipality's list changes) and the waiting-list CSV. Changes are applied in order, each rolled back alone when it
 * fails, and the places they open are offered once at the end; the report says what became of each line.
 */
public final class GpImports {

    /** Lines read ahead and applied together. */
    private static final int CHUNK = 250;

    private final GpListChanges changes;
    private final JdbcGpContracts contracts;
    private final FhirContext fhir;

    public GpImports(GpListChanges changes, JdbcGpContracts contracts, FhirContext fhir) {
        this.changes = changes;
        this.contracts = contracts;
        this.fhir = fhir;
    }

    /** Reads one change message. */
    public ChangeEnvelope read(Bundle message) {
        return new ChangeMessageReader(this::municipalityOf).read(message);
    }

    /** Imports an NDJSON file of change messages; {@code source} labels the report only (each message names its own). */
    public ImportReport changeMessages(Reader ndjson, String source) {
        ChangeMessageReader reader = new ChangeMessageReader(this::municipalityOf);
        return run(ndjson, source, (line, number) -> {
            try {
                return reader.read(fhir.newJsonParser().parseResource(Bundle.class, line));
            } catch (DataFormatException e) {
                throw new InvalidGpDataException("line " + number + " is not a FHIR Bundle in JSON");
            } catch (InvalidGpDataException e) {
                throw new InvalidGpDataException("line " + number + ": " + e.getMessage());
            }
        });
    }

    /** Imports a waiting-list CSV file from {@code source}; the first line is the header. */
    public ImportReport waitingListCsv(Reader csv, String source) {
        WaitingListCsv[] format = new WaitingListCsv[1];
        return run(csv, source, (line, number) -> {
            if (format[0] == null) {
                format[0] = new WaitingListCsv(line, source, this::municipalityOf);
                return null;
            }
            return format[0].read(line, number);
        });
    }

    private interface LineReader {
        /** The change on a line, or null for a line that holds none (a header). */
        ChangeEnvelope read(String line, int number);
    }

    private ImportReport run(Reader input, String source, LineReader lines) {
        ImportReport report = new ImportReport(source);
        DeferredOffers deferred = new DeferredOffers();
        List<ChangeEnvelope> pending = new ArrayList<>(CHUNK);
        List<Integer> numbers = new ArrayList<>(CHUNK);
        try (BufferedReader reader = new BufferedReader(input)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    ChangeEnvelope change = read(lines, line, number, report, pending, numbers, deferred);
                    if (change != null) {
                        pending.add(change);
                        numbers.add(number);
                    }
                } catch (InvalidGpDataException e) {
                    if (number == 1 && e.getMessage().startsWith("line 1: the header")) {
                        throw e;
                    }
                    report.invalid(number, e.getMessage());
                }
                if (pending.size() == CHUNK) {
                    apply(report, pending, numbers, deferred);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import file", e);
        }
        apply(report, pending, numbers, deferred);
        changes.offer(deferred);
        return report;
    }

    /** Reads a line; a line that names a contract not applied yet is read again once the lines before it are. */
    private ChangeEnvelope read(LineReader lines, String line, int number, ImportReport report,
                                List<ChangeEnvelope> pending, List<Integer> numbers, DeferredOffers deferred) {
        try {
            return lines.read(line, number);
        } catch (InvalidGpDataException e) {
            if (pending.isEmpty()) {
                throw e;
            }
            apply(report, pending, numbers, deferred);
            return lines.read(line, number);
        }
    }

    private void apply(ImportReport report, List<ChangeEnvelope> pending, List<Integer> numbers,
                       DeferredOffers deferred) {
        List<ChangeResult> results = changes.applyAll(pending, deferred);
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                report.invalid(numbers.get(i), "line " + numbers.get(i) + " could not be applied (internal error, "
                        + "see the log); it was rolled back");
            } else {
                report.add(results.get(i));
            }
        }
        pending.clear();
        numbers.clear();
    }

    private Optional<String> municipalityOf(String contractId) {
        return contracts.find(contractId).map(GpContract::municipality);
    }
}
