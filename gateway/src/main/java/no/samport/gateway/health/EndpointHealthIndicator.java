package no.samport.gateway.health;

import no.samport.pipeline.endpoint.Endpoint;
import no.samport.plugin.api.AdapterHealth;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The health of one endpoint, as its adapter sees it (SPI rule 12), with the adapter's id and detail. */
final class EndpointHealthIndicator implements HealthIndicator {

    private final Endpoint endpoint;

    EndpointHealthIndicator(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public Health health() {
        AdapterHealth health;
        try {
            health = endpoint.adapter().health(endpoint.settings());
        } catch (RuntimeException e) {
            health = AdapterHealth.down("the adapter's health check failed: " + e.getClass().getSimpleName());
        }
        Health.Builder builder = health != null && health.up() ? Health.up() : Health.down();
        return builder.withDetail("adapter", endpoint.adapter().id())
                .withDetail("detail", health == null ? "the adapter gave no answer" : health.detail())
                .build();
    }
}
