package no.samport.gateway.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The message store: {@code samport.store.*}. Without a URL Samport runs an embedded PostgreSQL. */
@ConfigurationProperties("samport.store")
public class StoreProperties {

    /** JDBC URL of an external PostgreSQL, e.g. jdbc:postgresql://db.kommune.local:5432/samport; empty runs the embedded one. */
    private String url = "";

    /** Database user for the external PostgreSQL. */
    private String username;

    /** Database password for the external PostgreSQL. */
    private String password;

    /** Port of the embedded PostgreSQL on 127.0.0.1; 0 picks a free port at each start. */
    private int embeddedPort = 0;

    /** Most connections in the pool. */
    private int maxPoolSize = 10;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public int getEmbeddedPort() {
        return embeddedPort;
    }

    public void setEmbeddedPort(int embeddedPort) {
        this.embeddedPort = embeddedPort;
    }

    public int getMaxPoolSize() {
        return maxPoolSize;
    }

    public void setMaxPoolSize(int maxPoolSize) {
        this.maxPoolSize = maxPoolSize;
    }

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }
}
