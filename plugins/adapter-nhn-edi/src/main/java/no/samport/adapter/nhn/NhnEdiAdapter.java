package no.samport.adapter.nhn;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samport.adapter.nhn.internal.NhnEdiComponent;
import no.samport.kith.KithFormats;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.AdapterCapabilities;
import no.samport.plugin.api.AdapterHealth;
import no.samport.plugin.api.EndpointSettings;
import no.samport.plugin.api.MessageCodec;

/**
 * Norsk Helsenett's EDI 2.0 message API (MSH API v2): Samport sends KITH business documents with
 * {@code POST /Messages} and polls the inbox of the endpoint's HER-ids ({@code receiver-her-ids}), storing each
 * message before marking it read. NHN does the ebXML envelope, signing, encryption and transport. AppRecs travel
 * as business documents both ways, so the pipeline correlates and forwards them like any other.
 *
 * <p>Endpoint properties: see {@link NhnSettings} and {@link TokenSettings}.
 */
public final class NhnEdiAdapter implements Adapter {

    public static final String ID = "nhn-edi";
    private static final AdapterCapabilities CAPABILITIES = AdapterCapabilities.bothWays(Set.of(
            KithFormats.DIALOGMELDING_1_0, KithFormats.DIALOGMELDING_1_1, KithFormats.APPREC_1_0,
            KithFormats.APPREC_1_1));

    private final MessageCodec codec;
    private final NhnClients clients;

    public NhnEdiAdapter(MessageCodec codec, NhnClients clients) {
        this.codec = codec;
        this.clients = clients;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "NHN EDI 2.0 message API (Helsenettet)";
    }

    @Override
    public List<String> intendedFor() {
        return List.of("parties reached over Norsk Helsenett's message service (GP offices, hospitals, NAV, HELFO)");
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
        return NhnSettings.problems(endpoint);
    }

    @Override
    public Optional<String> inboundUri(EndpointSettings endpoint) {
        return Optional.of(uri(endpoint));
    }

    @Override
    public Optional<String> outboundUri(EndpointSettings endpoint) {
        return Optional.of(uri(endpoint));
    }

    @Override
    public AdapterHealth health(EndpointSettings endpoint) {
        try {
            if (!NhnSettings.problems(endpoint).isEmpty()) {
                return AdapterHealth.down("misconfigured: " + String.join("; ", NhnSettings.problems(endpoint)));
            }
            NhnClients.Connection connection = clients.connect(endpoint);
            connection.client().ping();
            return AdapterHealth.up("NHN message API at " + connection.settings().baseUrl() + " answers");
        } catch (RuntimeException e) {
            return AdapterHealth.down(e.getMessage());
        }
    }

    private String uri(EndpointSettings endpoint) {
        clients.connect(endpoint);
        return NhnEdiComponent.SCHEME + ":" + endpoint.id();
    }
}
