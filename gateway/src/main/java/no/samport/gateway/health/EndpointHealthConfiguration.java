package no.samport.gateway.health;

import java.util.LinkedHashMap;
import java.util.Map;
import no.samport.pipeline.endpoint.Endpoint;
import no.samport.pipeline.endpoint.Endpoints;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Per-endpoint health under {@code /actuator/health/endpoints/<endpoint-id>}: one indicator per configured endpoint,
 * asking its adapter. An endpoint whose other side is down makes the overall status DOWN, so a monitor sees it.
 */
@Configuration(proxyBeanMethods = false)
public class EndpointHealthConfiguration {

    @Bean("endpointsHealthContributor")
    public HealthContributor endpointsHealth(Endpoints endpoints) {
        Map<String, HealthContributor> byEndpoint = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints.all()) {
            byEndpoint.put(endpoint.id(), new EndpointHealthIndicator(endpoint));
        }
        return CompositeHealthContributor.fromMap(byEndpoint);
    }
}
