package no.samport.gateway.broker;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/** Owns the embedded broker's lifecycle; empty when an external broker is used. */
public final class EmbeddedBroker {

    private final EmbeddedActiveMQ server;

    private EmbeddedBroker(EmbeddedActiveMQ server) {
        this.server = server;
    }

    static EmbeddedBroker of(EmbeddedActiveMQ server) {
        return new EmbeddedBroker(server);
    }

    static EmbeddedBroker none() {
        return new EmbeddedBroker(null);
    }

    public boolean isRunning() {
        return server != null && server.getActiveMQServer().isActive();
    }

    public void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }
}
