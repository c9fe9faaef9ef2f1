package no.samport.adapter.nhn;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.samport.adapter.nhn.internal.NhnHttp;
import no.samport.plugin.api.EndpointSettings;

/** One API client per NHN endpoint, made from its settings the first time the endpoint is used. */
public final class NhnClients {

    /** A configured endpoint's client and settings. */
    public record Connection(NhnSettings settings, NhnMessageClient client) {
    }

    private final Map<String, Connection> byEndpoint = new ConcurrentHashMap<>();
    private final NhnHttp.Pause pause;

    public NhnClients(NhnHttp.Pause pause) {
        this.pause = pause;
    }

    public NhnClients() {
        this(duration -> Thread.sleep(duration.toMillis()));
    }

    /** The endpoint's connection, made from valid settings. */
    public Connection connect(EndpointSettings endpoint) {
        return byEndpoint.computeIfAbsent(endpoint.id(), id -> {
            NhnSettings settings = NhnSettings.of(endpoint);
            HttpClient http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
            NhnHttp nhnHttp = new NhnHttp(http, settings, TokenSettings.provider(endpoint, http), pause);
            return new Connection(settings, new NhnMessageClient(nhnHttp, settings));
        });
    }

    /** The connection of an endpoint that was connected before. */
    public Optional<Connection> find(String endpointId) {
        return Optional.ofNullable(byEndpoint.get(endpointId));
    }
}
