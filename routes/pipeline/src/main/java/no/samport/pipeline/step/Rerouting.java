package no.samport.pipeline.step;

import java.util.Optional;
import no.samport.directory.CommunicationParty;
import no.samport.directory.Directory;
import no.samport.policy.Decision;
import no.samport.policy.DecisionResources;
import no.samport.policy.Effect;
import no.samport.policy.RuleResult;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Follows a decision's re-routing: the new receiver must be a party in the directory that takes the message type;
 * then the message is addressed to it and goes to its endpoint. Otherwise the message keeps its receiver, and the
 * reason is recorded (nothing is lost). Used by the policy stage and by dry runs.
 */
public final class Rerouting {

    /** Where the message goes after the policy stage, and what to say about it. */
    public record Target(String endpoint, String receiverHerId, String note) {
    }

    private final Directory directory;

    public Rerouting(Directory directory) {
        this.directory = directory;
    }

    /** Where the message goes; when re-routed, {@code bundle} is addressed to the new receiver. */
    public Target follow(Bundle bundle, Decision decision, String messageType, String endpoint) {
        Optional<RuleResult> reroute = decision.reroute();
        if (reroute.isEmpty()) {
            return new Target(endpoint, null, null);
        }
        String ruleId = reroute.get().ruleId();
        String herId = ((Effect.Rerouted) reroute.get().effect()).herId();
        Optional<CommunicationParty> party = directory.findByHerId(herId);
        if (party.isEmpty()) {
            return new Target(endpoint, null, ruleId + " re-routes to HER-id " + herId
                    + ", which is not in Samport's directory: delivered as addressed");
        }
        if (!party.get().acceptsMessageType(messageType)) {
            return new Target(endpoint, null, ruleId + " re-routes to " + party.get().name() + " (HER-id " + herId
                    + "), which does not take " + messageType + ": delivered as addressed");
        }
        DecisionResources.reroute(bundle, herId, party.get().name(), ruleId);
        return new Target(party.get().endpointId(), herId, "re-routed by " + ruleId + " to " + party.get().name()
                + " (HER-id " + herId + "), endpoint " + party.get().endpointId());
    }
}
