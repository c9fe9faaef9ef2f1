package no.samport.gateway.bench;

import ca.uhn.fhir.context.FhirContext;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpListsProperties;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.MunicipalitySettings;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.imports.GpImports;
import no.samport.directory.gp.imports.ImportReport;
import no.samport.directory.gp.service.GpListChanges;
import no.samport.directory.gp.service.GpNotices;
import no.samport.directory.gp.service.GpRepositories;
import no.samport.directory.gp.service.WaitingListOffers;
import no.samport.gateway.GpChangeMessages;
import no.samport.gateway.SyntheticLoads;
import no.samport.testfixtures.gplists.MunicipalityGenerator;
import no.samport.testfixtures.gplists.SyntheticMunicipality;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmarks' database and data: the embedded PostgreSQL 17 with the settings Samport runs it with (fsync and
 * synchronous commit on), migrated by Flyway, and Trondheim as generated from its plan's figures, as the NDJSON file
 * of FHIR messages a Fastlegeregisteret-style feed would deliver (per contract a contract and a list snapshot).
 */
final class BenchDatabase implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2024, 4, 15);

    final JdbcTemplate jdbc;
    final GpRepositories repositories;
    final SyntheticMunicipality trondheim;
    private final EmbeddedPostgres postgres;
    private final HikariDataSource dataSource;
    private final GpImports imports;
    private final GpListChanges changes;
    private final String ndjson;

    BenchDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("samport-bench-"))
                .setCleanDataDirectory(true).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").start();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        repositories = GpRepositories.on(jdbc);
        MunicipalitySettings settings = new MunicipalitySettings(new GpListsProperties());
        changes = new GpListChanges(repositories, settings, new WaitingListOffers(repositories, settings,
                GpNotices.NONE), new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                Clock.systemUTC());
        imports = new GpImports(changes, repositories.contracts(), FhirContext.forR4Cached());
        trondheim = new MunicipalityGenerator(5001).trondheim(TODAY);
        ndjson = ndjson(trondheim);
    }

    private static String ndjson(SyntheticMunicipality m) {
        Provenance flr = new Provenance("flr", Instant.parse("2024-04-01T04:00:00Z"));
        Map<String, List<SyntheticMunicipality.Listing>> lists = m.listingsByContract();
        StringBuilder file = new StringBuilder();
        for (SyntheticMunicipality.Contract c : m.contracts()) {
            GpContract contract = SyntheticLoads.contract(m, c, flr);
            List<Membership> members = lists.get(c.id()).stream().map(l -> new Membership(0, c.id(),
                    SyntheticLoads.patient(l.person()), Period.from(l.from()), "OTOB", null, null, flr)).toList();
            file.append(GpChangeMessages.contract(contract, "contract-" + c.id())).append('\n')
                    .append(GpChangeMessages.snapshot(contract, members, "list-" + c.id())).append('\n');
        }
        return file.toString();
    }

    void empty() {
        jdbc.execute("truncate gp_list_event, gp_waiting_entry, gp_membership, gp_patient, gp_contract_doctor,"
                + " gp_contract, gp_office, gp_change, gp_subject_clock, gp_finding, gp_reported_figure cascade");
    }

    /** Imports the NDJSON file; fails unless every contract and list was applied. */
    ImportReport load() {
        ImportReport report = imports.changeMessages(new StringReader(ndjson), "flr");
        if (report.count(no.samport.directory.gp.change.ChangeOutcome.APPLIED) != 2 * trondheim.contracts().size()) {
            throw new IllegalStateException("load incomplete: " + report.getOutcomes() + " " + report.getInvalid());
        }
        return report;
    }

    /** The same changes, already read (FHIR parsed and mapped): what storing them alone costs. */
    List<no.samport.directory.gp.change.ChangeEnvelope> readChanges() {
        return SyntheticLoads.contractsAndLists(trondheim, new Provenance("flr", Instant.parse("2024-04-01T04:00:00Z")));
    }

    /** Stores changes already read. */
    void store(List<no.samport.directory.gp.change.ChangeEnvelope> read) {
        no.samport.directory.gp.service.DeferredOffers deferred = new no.samport.directory.gp.service.DeferredOffers();
        changes.applyAll(read, deferred);
        changes.offer(deferred);
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        postgres.close();
    }
}
