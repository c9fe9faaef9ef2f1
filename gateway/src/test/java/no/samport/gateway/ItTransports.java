package no.samport.gateway;

import no.samport.testfixtures.fhir.FhirMessagingServer;
import no.samport.testfixtures.nhn.NhnSimulator;

/**
 * The external services of the integration tests, started once per JVM on 127.0.0.1 before the shared Spring
 * context, so that the endpoints of the "transports" profile can name their addresses.
 */
final class ItTransports {

    static final String NHN_TOKEN = "it-static-token";
    static final NhnSimulator NHN = NhnSimulator.start().acceptToken(NHN_TOKEN);
    static final FhirMessagingServer FHIR = FhirMessagingServer.start();

    private ItTransports() {
    }
}
