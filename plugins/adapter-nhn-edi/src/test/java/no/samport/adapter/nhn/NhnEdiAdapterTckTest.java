package no.samport.adapter.nhn;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import no.samport.kith.KithCodec;
import no.samport.kith.KithFormats;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.EndpointSettings;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.nhn.BusinessDocumentFacts;
import no.samport.testfixtures.nhn.NhnProbe;
import no.samport.testfixtures.nhn.NhnSimulator;
import no.samport.testfixtures.tck.AdapterTck;
import no.samport.testfixtures.tck.TransportProbe;
import no.samport.adapter.nhn.internal.NhnEdiComponent;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;

/** The NHN EDI 2.0 adapter passes the adapter TCK against the NHN simulator over HTTP. */
class NhnEdiAdapterTckTest extends AdapterTck {

    private static final byte[] FORESPORSEL =
            Fixtures.bytes("kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml");

    private NhnSimulator simulator;
    private NhnClients clients;

    @Override
    protected Adapter createAdapter() {
        clients = new NhnClients(pause -> { });
        return new NhnEdiAdapter(new KithCodec(), clients);
    }

    @Override
    protected EndpointSettings validSettings(Path workDirectory) {
        simulator = NhnSimulator.start();
        String receivers = sampleMessages().values().stream()
                .map(sample -> Integer.toString(BusinessDocumentFacts.read(sample).receiverHerId()))
                .distinct().collect(Collectors.joining(","));
        return new EndpointSettings("helsenett", NhnEdiAdapter.ID, workDirectory, Map.of(
                "base-url", simulator.baseUrl(),
                "receiver-her-ids", receivers,
                "poll-interval", "100",
                "max-attempts", "2",
                "request-timeout", "2000",
                "token-provider", "static",
                "token", simulator.issueStaticToken()));
    }

    @Override
    protected Map<String, byte[]> sampleMessages() {
        return Map.of(
                KithFormats.DIALOGMELDING_1_0, FORESPORSEL,
                KithFormats.DIALOGMELDING_1_1, Fixtures.bytes("kith/dialogmelding/1.1/helsefaglig-dialog-med-vedlegg.xml"),
                KithFormats.APPREC_1_0, Fixtures.bytes("kith/apprec/1.0/ok-fra-legekontor.xml"),
                KithFormats.APPREC_1_1, Fixtures.bytes("kith/apprec/1.1/ok-fra-sykehjem.xml"));
    }

    @Override
    protected TransportProbe probe(EndpointSettings settings) {
        return new NhnProbe(simulator);
    }

    @Override
    protected void prepare(CamelContext camel) {
        camel.addComponent(NhnEdiComponent.SCHEME, new NhnEdiComponent(clients));
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }
}
