package no.samport.gateway.bench;

import java.util.concurrent.TimeUnit;
import no.samport.directory.gp.imports.ImportReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A whole municipality's GP lists — Trondheim as generated from its plan's figures: 200 contracts, about 220 000
 * listed — loaded into an empty database from an NDJSON file of FHIR change messages (parse, map, check, store).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GpListLoadBenchmark {

    private BenchDatabase database;
    private java.util.List<no.samport.directory.gp.change.ChangeEnvelope> read;

    @Setup(Level.Trial)
    public void start() throws Exception {
        database = new BenchDatabase();
        read = database.readChanges();
    }

    @Setup(Level.Iteration)
    public void empty() {
        database.empty();
    }

    /** The whole path: parse each FHIR message, map it, check it, store it. */
    @Benchmark
    public ImportReport loadMunicipalityFromFhirNdjson() {
        return database.load();
    }

    /** The same changes already parsed and mapped: the database's share. */
    @Benchmark
    public void storeMunicipalityChangesAlreadyRead() {
        database.store(read);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        database.close();
    }
}
