package no.samport.testfixtures.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A real HAPI FHIR R4 server (HAPI's {@link RestfulServer} in an embedded Tomcat on 127.0.0.1) that plays an EPJ
 * speaking FHIR messaging, such as a Helseplattformen-style system: it hosts {@code $process-message} at
 * {@code <baseUrl>/$process-message}, keeps every message bundle it receives, can be told to fail or refuse, and
 * may answer each message with a response message it posts back to Samport's own {@code $process-message}.
 */
public final class FhirMessagingServer implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    private final ProcessMessageProvider provider;

    private FhirMessagingServer(FhirContext fhir) {
        this.provider = new ProcessMessageProvider(fhir);
    }

    /** Starts on a free port. */
    public static FhirMessagingServer start() {
        FhirMessagingServer server = new FhirMessagingServer(FhirContext.forR4Cached());
        server.listen();
        return server;
    }

    private void listen() {
        try {
            File base = Files.createTempDirectory("fhir-messaging-server").toFile();
            tomcat.setBaseDir(base.getAbsolutePath());
            Connector connector = new Connector();
            connector.setPort(0);
            connector.setProperty("address", "127.0.0.1");
            tomcat.setConnector(connector);
            Context context = tomcat.addContext("", base.getAbsolutePath());
            RestfulServer server = new RestfulServer(FhirContext.forR4Cached());
            server.registerProvider(provider);
            Tomcat.addServlet(context, "fhir", server);
            context.addServletMappingDecoded("/fhir/*", "fhir");
            tomcat.start();
        } catch (LifecycleException | java.io.IOException e) {
            throw new IllegalStateException("The FHIR messaging server cannot start", e);
        }
    }

    /** The FHIR base URL, e.g. http://127.0.0.1:41234/fhir. */
    public String baseUrl() {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/fhir";
    }

    /** Every message bundle received through $process-message, in order. */
    public List<Bundle> received() {
        return provider.received();
    }

    /** The EPJ's behaviour: from a received message to the response message it sends back, if any. */
    public void respondWith(Function<Bundle, Optional<Bundle>> responder, String samportProcessMessageUrl) {
        provider.respondWith(responder, samportProcessMessageUrl);
    }

    /** The next {@code times} requests get HTTP {@code status} (500: a temporary failure, 400/422: a refusal). */
    public void failNext(int times, int status) {
        provider.failNext(times, status);
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }
}
