package no.samport.adapter.fhir.internal;

import java.net.http.HttpClient;
import no.samport.adapter.fhir.FhirInbox;
import no.samport.adapter.fhir.FhirRestSettings;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/** One Samport endpoint that speaks FHIR messaging. */
final class FhirRestEndpoint extends DefaultEndpoint {

    private final String endpointId;
    private final FhirRestSettings settings;
    private final FhirInbox inbox;
    private final HttpClient http;

    FhirRestEndpoint(String uri, FhirRestComponent component, String endpointId, FhirRestSettings settings,
                     FhirInbox inbox, HttpClient http) {
        super(uri, component);
        this.endpointId = endpointId;
        this.settings = settings;
        this.inbox = inbox;
        this.http = http;
    }

    @Override
    public Producer createProducer() {
        return new ProcessMessageProducer(this, settings, http);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = new InboxConsumer(this, processor, inbox, endpointId);
        configureConsumer(consumer);
        return consumer;
    }
}
