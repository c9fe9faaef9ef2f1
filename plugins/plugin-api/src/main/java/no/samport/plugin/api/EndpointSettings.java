package no.samport.plugin.api;

import java.nio.file.Path;
import java.util.Map;

/**
 * The configuration of one endpoint as an adapter sees it.
 *
 * @param id         the endpoint id (kebab-case), unique in the gateway
 * @param adapterId  the id of the adapter serving it
 * @param workDirectory a directory that belongs to this endpoint: {@code <data-dir>/endpoints/<id>}
 * @param properties adapter-specific settings from {@code samport.endpoints.<id>.properties}
 */
public record EndpointSettings(String id, String adapterId, Path workDirectory, Map<String, String> properties) {

    public EndpointSettings {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public String property(String name, String defaultValue) {
        return properties.getOrDefault(name, defaultValue);
    }
}
