package no.samport.policy.bench;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.samport.kith.KithCodec;
import no.samport.policy.Decision;
import no.samport.policy.DecisionJson;
import no.samport.policy.TaskSharingPolicy;
import no.samport.testfixtures.Fixtures;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the policy stage's rule evaluation per message with the national default rule set, single-threaded:
 * a Dialogmelding forespørsel as the KITH codec decodes it (5 rules look at it), an epikrise with many findings
 * (18 rules look at it, 8 fire), and an epikrise as the KITH codec decodes it (18 rules look at it, 5 fire, 10 are
 * not checkable); plus writing the FHIR epikrise's decision as the JSON the store keeps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PolicyEvaluationBenchmark {

    private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");

    private TaskSharingPolicy policy;
    private Bundle foresporsel;
    private Bundle epikrise;
    private Bundle kithEpikrise;
    private Decision epikriseDecision;

    @Setup
    public void load() throws Exception {
        FhirContext fhir = FhirContext.forR4Cached();
        policy = TaskSharingPolicy.load(fhir, List.of());
        foresporsel = new KithCodec().decode(Fixtures.bytes("kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml"))
                .bundle();
        epikrise = fhir.newJsonParser().parseResource(Bundle.class,
                Fixtures.text("policy/epikrise/utskrevet-hjem-med-hjemmesykepleie-dagen-etter.json"));
        epikriseDecision = policy.decide(epikrise, AT);
        kithEpikrise = new KithCodec().decode(
                Fixtures.bytes("kith/epikrise/1.2/utskrevet-hjem-med-hjemmesykepleie-dagen-etter.xml")).bundle();
    }

    @Benchmark
    public Decision dialogmelding() {
        return policy.decide(foresporsel, AT);
    }

    @Benchmark
    public Decision epikrise() {
        return policy.decide(epikrise, AT);
    }

    @Benchmark
    public Decision kithEpikrise() {
        return policy.decide(kithEpikrise, AT);
    }

    @Benchmark
    public String epikriseDecisionAsJson() {
        return DecisionJson.write(epikriseDecision);
    }
}
