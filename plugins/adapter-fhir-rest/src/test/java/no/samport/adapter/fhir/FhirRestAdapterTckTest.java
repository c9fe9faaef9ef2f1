package no.samport.adapter.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.samport.adapter.fhir.internal.FhirRestComponent;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.EndpointSettings;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.fhir.FhirMessagingServer;
import no.samport.testfixtures.tck.AdapterTck;
import no.samport.testfixtures.tck.TransportProbe;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;

/** The FHIR REST adapter passes the adapter TCK against a real HAPI FHIR server. */
class FhirRestAdapterTckTest extends AdapterTck {

    static final byte[] FORESPORSEL =
            Fixtures.bytes("fhir/message/foresporsel-hjemmetjenesten-til-lade-legesenter.json");

    private final FhirInbox inbox = new FhirInbox();
    private FhirRestComponent component;
    private FhirMessagingServer server;

    @Override
    protected Adapter createAdapter() {
        component = new FhirRestComponent(inbox);
        return new FhirRestAdapter(new FhirMessageCodec(FhirContext.forR4Cached()), component);
    }

    @Override
    protected EndpointSettings validSettings(Path workDirectory) {
        if (server == null) {
            server = FhirMessagingServer.start();
        }
        return new EndpointSettings("helseplattformen", FhirRestAdapter.ID, workDirectory,
                Map.of("base-url", server.baseUrl(), "request-timeout", "5000"));
    }

    @Override
    protected Map<String, byte[]> sampleMessages() {
        return Map.of(FhirMessageCodec.FORMAT, FORESPORSEL);
    }

    @Override
    protected void prepare(CamelContext camel) {
        camel.addComponent(FhirRestComponent.SCHEME, component);
    }

    @Override
    protected TransportProbe probe(EndpointSettings settings) {
        return new FhirSystemProbe(settings.id());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The FHIR system on the other side: its server takes Samport's messages; it posts to Samport like a client. */
    private final class FhirSystemProbe implements TransportProbe {

        private final String endpointId;
        private final ExecutorService client = Executors.newSingleThreadExecutor();
        private volatile byte[] unsent;

        FhirSystemProbe(String endpointId) {
            this.endpointId = endpointId;
        }

        /** Posts as Samport's $process-message would receive it, resending after an error as a client must. */
        @Override
        public void offer(byte[] nativeMessage) {
            unsent = nativeMessage;
            client.submit(() -> {
                while (unsent != null && !client.isShutdown()) {
                    try {
                        inbox.receiver(endpointId).orElseThrow().accept(nativeMessage);
                        unsent = null;
                    } catch (RuntimeException e) {
                        TimeUnit.MILLISECONDS.sleep(100);
                    }
                }
                return null;
            });
        }

        @Override
        public boolean stillWaiting(byte[] nativeMessage) {
            return unsent != null && Arrays.equals(unsent, nativeMessage);
        }

        @Override
        public List<byte[]> delivered() {
            return server.received().stream().map(b -> FhirContext.forR4Cached().newJsonParser()
                    .encodeResourceToString(b).getBytes(StandardCharsets.UTF_8)).toList();
        }

        @Override
        public void breakOutbound() {
            server.failNext(Integer.MAX_VALUE, 500);
        }

        @Override
        public boolean canBreakOutbound() {
            return true;
        }

        @Override
        public void refuseOutbound() {
            server.failNext(1, 422);
        }

        @Override
        public boolean canRefuseOutbound() {
            return true;
        }

        @Override
        public void close() {
            client.shutdownNow();
        }
    }
}
