package no.samport.gateway.bench;

import ca.uhn.fhir.context.FhirContext;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.distribution.FhirJsonEncoder;
import no.samport.directory.gp.distribution.ListDocumentEncoder;
import no.samport.directory.gp.distribution.ListMessages;
import no.samport.gateway.gplists.PasientlisteEncoder;
import no.samport.plugin.api.fhir.PartyAddress;
import no.samport.testfixtures.gplists.SyntheticMunicipality;
import org.hl7.fhir.r4.model.Bundle;
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
 * The full lists for a month of the largest GP office of the loaded municipality (Trondheim as generated), read from
 * the database and written as HIS 1023 Pasientliste documents (one per GP) or as one FHIR JSON message.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GpOfficeListsBenchmark {

    private BenchDatabase database;
    private ListMessages messages;
    private List<GpContract> contracts;
    private PartyAddress office;
    private final YearMonth month = YearMonth.from(BenchDatabase.TODAY);

    @Setup(Level.Trial)
    public void load() throws Exception {
        database = new BenchDatabase();
        database.load();
        messages = new ListMessages(database.repositories);
        String largest = database.trondheim.contracts().stream().collect(Collectors.groupingBy(
                SyntheticMunicipality.Contract::officeOrgNr, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        contracts = database.repositories.contracts().atOffice(largest);
        office = PartyAddress.organisation(contracts.get(0).office().name(), contracts.get(0).office().herId());
    }

    private Bundle fullLists() {
        return messages.full(office, contracts, month,
                BenchDatabase.TODAY.atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant());
    }

    @Benchmark
    public List<ListDocumentEncoder.EncodedDocument> officesFullListsAsPasientliste() {
        return new PasientlisteEncoder().encode(fullLists(), ListDocumentEncoder.Content.FULL, month, "bench");
    }

    @Benchmark
    public List<ListDocumentEncoder.EncodedDocument> officesFullListsAsFhirJson() {
        return new FhirJsonEncoder(FhirContext.forR4Cached()).encode(fullLists(), ListDocumentEncoder.Content.FULL,
                month, "bench");
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        database.close();
    }
}
