package no.samport.gateway.broker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The message broker: {@code samport.broker.*}. Without a URL Samport runs an embedded Artemis broker. */
@ConfigurationProperties("samport.broker")
public class BrokerProperties {

    /** URL of an external Artemis broker, e.g. tcp://mq.kommune.local:61616; empty runs the embedded broker. */
    private String url = "";

    /** User for the external broker. */
    private String user;

    /** Password for the external broker. */
    private String password;

    /** Port for a TCP acceptor on the embedded broker (for tools and a second node); 0 means in-VM only. */
    private int embeddedPort = 0;

    /** Delay before the first redelivery of a failed queue entry (embedded broker). */
    private Duration redeliveryDelay = Duration.ofSeconds(2);

    /** Factor by which the delay grows with each further attempt (embedded broker). */
    private double redeliveryMultiplier = 2.0;

    /** The longest delay between attempts (embedded broker). */
    private Duration maxRedeliveryDelay = Duration.ofMinutes(5);

    /** Attempts before a queue entry goes to the dead-letter queue and its message becomes FAILED (embedded broker). */
    private int maxDeliveryAttempts = 10;

    /** Most connections the pool keeps to the broker. */
    private int maxConnections = 4;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
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

    public Duration getRedeliveryDelay() {
        return redeliveryDelay;
    }

    public void setRedeliveryDelay(Duration redeliveryDelay) {
        this.redeliveryDelay = redeliveryDelay;
    }

    public double getRedeliveryMultiplier() {
        return redeliveryMultiplier;
    }

    public void setRedeliveryMultiplier(double redeliveryMultiplier) {
        this.redeliveryMultiplier = redeliveryMultiplier;
    }

    public Duration getMaxRedeliveryDelay() {
        return maxRedeliveryDelay;
    }

    public void setMaxRedeliveryDelay(Duration maxRedeliveryDelay) {
        this.maxRedeliveryDelay = maxRedeliveryDelay;
    }

    public int getMaxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    public void setMaxDeliveryAttempts(int maxDeliveryAttempts) {
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }
}
