package no.samport.adapter.fhir;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samport.adapter.fhir.internal.FhirRestComponent;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.AdapterCapabilities;
import no.samport.plugin.api.AdapterHealth;
import no.samport.plugin.api.EndpointSettings;
import no.samport.plugin.api.MessageCodec;

/**
 * FHIR R4 messaging over REST, for systems that speak FHIR (a Helseplattformen-style EPJ): outbound, each message
 * bundle is posted to the receiver's {@code <base-url>/$process-message}; inbound, the system posts to Samport's
 * {@code /fhir/<endpoint-id>/$process-message}. Receipts travel as response messages (MessageHeader.response) with
 * event APPREC, Samport's canonical AppRec.
 *
 * <p>Endpoint properties: {@code base-url} (required), {@code request-timeout} (ms, default 30000),
 * {@code bearer-token} (optional).
 */
public final class FhirRestAdapter implements Adapter {

    public static final String ID = "fhir-rest";
    private static final AdapterCapabilities CAPABILITIES =
            AdapterCapabilities.bothWays(Set.of(FhirMessageCodec.FORMAT));

    private final FhirMessageCodec codec;
    private final FhirRestComponent component;

    public FhirRestAdapter(FhirMessageCodec codec, FhirRestComponent component) {
        this.codec = codec;
        this.component = component;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "FHIR R4 messaging over REST ($process-message)";
    }

    @Override
    public List<String> intendedFor() {
        return List.of("EPJ systems with a FHIR R4 messaging interface");
    }

    @Override
    public AdapterCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public MessageCodec codec() {
        return codec;
    }

    @Override
    public List<String> validate(EndpointSettings endpoint) {
        return FhirRestSettings.problems(endpoint);
    }

    @Override
    public Optional<String> inboundUri(EndpointSettings endpoint) {
        return Optional.of(uri(endpoint));
    }

    @Override
    public Optional<String> outboundUri(EndpointSettings endpoint) {
        return Optional.of(uri(endpoint));
    }

    /** Up when the receiver's server answers its capability statement ({@code GET <base-url>/metadata}). */
    @Override
    public AdapterHealth health(EndpointSettings endpoint) {
        if (!FhirRestSettings.problems(endpoint).isEmpty()) {
            return AdapterHealth.down("misconfigured: " + String.join("; ", FhirRestSettings.problems(endpoint)));
        }
        return new CapabilityCheck(FhirRestSettings.of(endpoint)).check();
    }

    private String uri(EndpointSettings endpoint) {
        component.register(endpoint.id(), FhirRestSettings.of(endpoint));
        return FhirRestComponent.SCHEME + ":" + endpoint.id();
    }
}
