package no.samport.policy;

import static no.samport.policy.DefaultRuleCases.HJEM_DAGEN_ETTER;
import static no.samport.policy.DefaultRuleCases.RESEPT_TIL_FASTLEGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/** A decision as it is stored (JSON) and as it is written into the message (Task, tags, Provenance). */
class DecisionRecordTest {

    @Test
    void aDecisionSurvivesItsJsonForm() {
        Decision decision = PolicyFixtures.local().decide(PolicyFixtures.message(HJEM_DAGEN_ETTER), PolicyFixtures.MARCH_10);

        Decision read = DecisionJson.read(DecisionJson.write(decision));

        assertThat(read).isEqualTo(decision);
        assertThat(read.path()).isEqualTo(decision.path());
    }

    @Test
    void theStoredDecisionHoldsNoNationalIdentityNumber() {
        Decision decision = PolicyFixtures.national().decide(PolicyFixtures.message(RESEPT_TIL_FASTLEGE),
                PolicyFixtures.MARCH_10);

        assertThat(DecisionJson.write(decision)).doesNotContain("12033841149").doesNotContainPattern("\\b\\d{11}\\b");
    }

    @Test
    void theMessageCarriesTheRequestedTaskTheFindingsAndAProvenanceNamingTheRules() {
        Bundle message = PolicyFixtures.message(HJEM_DAGEN_ETTER);
        Decision decision = PolicyFixtures.national().decide(message, PolicyFixtures.MARCH_10);

        boolean changed = DecisionResources.apply(message, decision);

        assertThat(changed).isTrue();
        List<Task> tasks = message.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Task.class::isInstance).map(Task.class::cast).toList();
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.getCode().getCodingFirstRep().getCode()).isEqualTo("lib-samstemming");
            assertThat(task.getPerformerTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("fastlege");
            assertThat(task.getOwner().getReference())
                    .isEqualTo(no.samport.plugin.api.fhir.Bundles.header(message).getDestinationFirstRep().getReceiver().getReference());
            assertThat(task.getFor().getReference()).startsWith("urn:uuid:");
            assertThat(task.getReasonCode().getText()).startsWith("NFA-2.3.2.1: ");
        });
        assertThat(message.getMeta().getTag()).extracting(t -> t.getCode())
                .containsExactly("NFA-2.1.2a", "NFA-2.1.3", "NFA-2.1.4", "NFA-2.1.5", "NFA-2.3.3.2");
        Provenance provenance = message.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Provenance.class::isInstance).map(Provenance.class::cast).findFirst().orElseThrow();
        assertThat(provenance.getPolicy()).extracting(p -> p.getValue().substring(p.getValue().lastIndexOf('/') + 1))
                .isEqualTo(decision.path());
        assertThat(provenance.getReasonFirstRep().getText()).startsWith("task-sharing rules samport-default 2026.1");
    }

    @Test
    void aDecisionWhereNoRuleFiredLeavesTheMessageAsItWas() {
        Bundle message = PolicyFixtures.message("policy/dialogmelding/innkalling-til-ansvarsgruppemote-om-tre-uker.json");
        int entries = message.getEntry().size();

        boolean changed = DecisionResources.apply(message, PolicyFixtures.national().decide(message, PolicyFixtures.MARCH_10));

        assertThat(changed).isFalse();
        assertThat(message.getEntry()).hasSize(entries);
    }

    @Test
    void reRoutingAddressesTheMessageToTheNewUnitAndKeepsTheOriginalReceiverInTheProvenance() {
        Bundle message = PolicyFixtures.message("policy/dialogmelding/foresporsel-om-flyktning-uten-fastlege.json");
        String original = no.samport.plugin.api.fhir.Bundles.header(message).getDestinationFirstRep().getReceiver().getReference();

        DecisionResources.reroute(message, "8140040", "Grimstad kommune, Migrasjonshelse", "T18");

        no.samport.plugin.api.fhir.MessageEnvelope envelope = no.samport.plugin.api.fhir.MessageEnvelope.of(message);
        assertThat(envelope.receiver().mostSpecificHerId()).contains("8140040");
        assertThat(envelope.receiver().organisation().name()).isEqualTo("Grimstad kommune, Migrasjonshelse");
        Provenance provenance = (Provenance) message.getEntry().get(message.getEntry().size() - 1).getResource();
        assertThat(provenance.getEntityFirstRep().getWhat().getReference()).isEqualTo(original);
        assertThat(provenance.getPolicy().get(0).getValue()).endsWith("/T18");
    }
}
