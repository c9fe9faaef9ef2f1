package no.samport.policy;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samport.kith.KithCodec;
import no.samport.policy.fhirpath.FhirPaths;
import no.samport.testfixtures.Fixtures;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Messages and policies for the policy tests. Messages are test fixtures by scenario: FHIR message bundles under
 * {@code policy/} (epikriser, dialogue messages with structured content), KITH XML under {@code kith/} decoded by the
 * real KITH codec. Policies are loaded once per set of layers (loading takes seconds).
 */
final class PolicyFixtures {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    /** The test region (OSO Sørkyst) and municipality (Grimstad) layers over the national default. */
    static final List<String> LOCAL = List.of("src/test/resources/policy/region-sorkyst",
            "src/test/resources/policy/grimstad-kommune");
    /** When the test messages are handled: 10 March 2026, after every fixture was sent. */
    static final Instant MARCH_10 = Instant.parse("2026-03-10T12:00:00Z");

    private static final Map<List<String>, TaskSharingPolicy> POLICIES = new ConcurrentHashMap<>();
    private static volatile FhirPaths paths;

    private PolicyFixtures() {
    }

    static FhirPaths paths() {
        if (paths == null) {
            synchronized (PolicyFixtures.class) {
                if (paths == null) {
                    paths = FhirPaths.create(FHIR);
                }
            }
        }
        return paths;
    }

    static TaskSharingPolicy national() {
        return policy(List.of());
    }

    static TaskSharingPolicy local() {
        return policy(LOCAL);
    }

    static TaskSharingPolicy policy(List<String> layers) {
        return POLICIES.computeIfAbsent(layers, l -> TaskSharingPolicy.load(paths(), l));
    }

    /** A message by scenario: {@code policy/...json} (FHIR) or {@code kith/...xml} (decoded by the KITH codec). */
    static Bundle message(String scenario) {
        if (scenario.startsWith("kith/")) {
            try {
                return new KithCodec().decode(Fixtures.bytes(scenario)).bundle();
            } catch (Exception e) {
                throw new IllegalStateException("The KITH fixture " + scenario + " does not decode", e);
            }
        }
        return FHIR.newJsonParser().parseResource(Bundle.class, Fixtures.text(scenario));
    }
}
