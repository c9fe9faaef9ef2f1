package no.samport.pipeline.endpoint;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The endpoints Samport exchanges messages with, and where their working folders live. */
@ConfigurationProperties("samport")
public class EndpointsProperties {

    /** The directory that holds all of Samport's data: database, broker journal, endpoint folders. */
    private Path dataDir = Path.of("data");

    /** Endpoints by id (kebab-case); each names its adapter. */
    private Map<String, EndpointProperties> endpoints = new LinkedHashMap<>();

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Map<String, EndpointProperties> getEndpoints() {
        return endpoints;
    }

    public void setEndpoints(Map<String, EndpointProperties> endpoints) {
        this.endpoints = endpoints;
    }
}
