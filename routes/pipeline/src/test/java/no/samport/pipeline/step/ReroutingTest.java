package no.samport.pipeline.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samport.directory.CommunicationParty;
import no.samport.directory.ConfiguredDirectory;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.KithMessageType;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.plugin.api.fhir.PartyAddress;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import no.samport.policy.Decision;
import no.samport.policy.Effect;
import no.samport.policy.PolicyVersion;
import no.samport.policy.RuleResult;
import no.samport.policy.rule.Modality;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.junit.jupiter.api.Test;

/** Re-routing is followed only to a party Samport knows and that takes the message; otherwise nothing is lost. */
class ReroutingTest {

    private final Rerouting rerouting = new Rerouting(new ConfiguredDirectory(List.of(
            new CommunicationParty("8300200", "Lade legesenter", "lade-legesenter", Set.of(), Set.of()),
            new CommunicationParty("8300500", "Nidvik helsestasjon", "nidvik-helsestasjon",
                    Set.of(KithMessageType.DIALOG_NOTAT), Set.of()))));

    private static Bundle dialogTo(String receiverHerId) {
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(Systems.MESSAGE_TYPE, KithMessageType.DIALOG_FORESPORSEL, "Forespørsel"));
        Bundle bundle = Bundles.newMessage("a1b2c3d4-0000-4000-8000-000000000001", new Date(), header);
        header.setSender(PartyResources.addTo(bundle, PartyAddress.organisation("Nidvik kommune", "8300100")));
        header.addDestination().setEndpoint(Systems.herEndpoint(receiverHerId))
                .setReceiver(PartyResources.addTo(bundle, PartyAddress.organisation("Sentrum legekontor", receiverHerId)));
        return bundle;
    }

    private static Decision rerouteTo(String herId) {
        RuleResult rule = new RuleResult("K-TEST-OMRUTING", "route", Modality.MUST, "test", "test 1", true, Map.of(),
                new Effect.Rerouted(herId, "fixed HER-id"), null);
        return new Decision(new PolicyVersion(List.of()), Instant.now(), KithMessageType.DIALOG_FORESPORSEL, List.of(rule));
    }

    @Test
    void aReRoutingToAKnownPartyAddressesTheMessageToItAndChoosesItsEndpoint() {
        Bundle message = dialogTo("8300330");

        Rerouting.Target target = rerouting.follow(message, rerouteTo("8300200"), KithMessageType.DIALOG_FORESPORSEL,
                "bakkegata-legekontor");

        assertThat(target.endpoint()).isEqualTo("lade-legesenter");
        assertThat(target.receiverHerId()).isEqualTo("8300200");
        assertThat(target.note()).isEqualTo("re-routed by K-TEST-OMRUTING to Lade legesenter (HER-id 8300200), endpoint lade-legesenter");
        assertThat(MessageEnvelope.of(message).receiver().mostSpecificHerId()).contains("8300200");
    }

    @Test
    void aReRoutingToAPartyTheDirectoryDoesNotKnowIsNotFollowed() {
        Bundle message = dialogTo("8300330");

        Rerouting.Target target = rerouting.follow(message, rerouteTo("8399999"), KithMessageType.DIALOG_FORESPORSEL,
                "bakkegata-legekontor");

        assertThat(target.endpoint()).isEqualTo("bakkegata-legekontor");
        assertThat(target.receiverHerId()).isNull();
        assertThat(target.note()).contains("HER-id 8399999, which is not in Samport's directory: delivered as addressed");
        assertThat(MessageEnvelope.of(message).receiver().mostSpecificHerId()).contains("8300330");
    }

    @Test
    void aReRoutingToAPartyThatDoesNotTakeTheMessageTypeIsNotFollowed() {
        Rerouting.Target target = rerouting.follow(dialogTo("8300330"), rerouteTo("8300500"),
                KithMessageType.DIALOG_FORESPORSEL, "bakkegata-legekontor");

        assertThat(target.endpoint()).isEqualTo("bakkegata-legekontor");
        assertThat(target.note()).contains("which does not take DIALOG_FORESPORSEL: delivered as addressed");
    }

    @Test
    void aDecisionWithoutReRoutingKeepsTheEndpoint() {
        Decision none = new Decision(new PolicyVersion(List.of()), Instant.now(), KithMessageType.DIALOG_FORESPORSEL,
                List.of());

        Rerouting.Target target = rerouting.follow(dialogTo("8300330"), none, KithMessageType.DIALOG_FORESPORSEL,
                "bakkegata-legekontor");

        assertThat(target).isEqualTo(new Rerouting.Target("bakkegata-legekontor", null, null));
    }
}
