package no.samport.plugin.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.junit.jupiter.api.Test;

class AppRecBundlesTest {

    private final MessageEnvelope original = new MessageEnvelope(
            "f3b9a1c2-0d6e-4c31-9a51-1f2d3c4b5a60",
            KithMessageType.DIALOG_FORESPORSEL,
            Instant.parse("2026-11-20T09:15:00Z"),
            PartyAddress.organisation("Nidvik kommune", "8300100").withDepartment("Hjemmetjenesten sentrum", "8300101"),
            PartyAddress.organisation("Lade legesenter", "8300200").withPerson("Ingrid Fjell", "8300201", "9144889"),
            null, null, null);

    @Test
    void aRejectionSwapsSenderAndReceiverAndCarriesTheErrorCodes() {
        Bundle receipt = AppRecBundles.answer(original, AppRecStatus.REJECTED,
                List.of(new AppRecBundles.Issue(AppRecError.E21, "Mottaker 8300201 er ukjent")), new Date());

        MessageEnvelope envelope = MessageEnvelope.of(receipt);
        assertThat(envelope.isAppRec()).isTrue();
        assertThat(envelope.sender().herIdsMostSpecificFirst()).containsExactly("8300201", "8300200");
        assertThat(envelope.receiver().herIdsMostSpecificFirst()).containsExactly("8300101", "8300100");
        assertThat(envelope.receipt().originalMsgId()).isEqualTo(original.msgId());
        assertThat(envelope.receipt().originalMessageType()).isEqualTo(KithMessageType.DIALOG_FORESPORSEL);
        assertThat(envelope.receipt().originalGenDate()).isEqualTo(original.genDate());
        assertThat(envelope.receipt().status()).isEqualTo(AppRecStatus.REJECTED);
        assertThat(Bundles.header(receipt).getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.FATALERROR);
        assertThat(AppRecBundles.issues(receipt))
                .containsExactly(new AppRecBundles.Issue(AppRecError.E21, "Mottaker 8300201 er ukjent"));
    }

    @Test
    void anOkReceiptHasNoIssues() {
        Bundle receipt = AppRecBundles.answer(original, AppRecStatus.OK, List.of(), new Date());

        assertThat(MessageEnvelope.of(receipt).receipt().status()).isEqualTo(AppRecStatus.OK);
        assertThat(AppRecBundles.issues(receipt)).isEmpty();
        assertThat(receipt.getIdentifier().getValue()).isNotEqualTo(original.msgId());
    }

    @Test
    void conversationRefsReadBackThroughTheEnvelope() {
        MessageHeader header = new MessageHeader();
        header.setEvent(new org.hl7.fhir.r4.model.Coding(Systems.MESSAGE_TYPE, KithMessageType.DIALOG_SVAR, null));
        Bundle bundle = Bundles.newMessage("svar-1", new Date(), header);
        header.setSender(PartyResources.addTo(bundle, original.receiver()));
        ConversationRefs.set(header, "parent-1", "conversation-1");

        MessageEnvelope envelope = MessageEnvelope.of(bundle);
        assertThat(envelope.parentMsgId()).isEqualTo("parent-1");
        assertThat(envelope.conversationKey()).isEqualTo("conversation-1");
        assertThat(envelope.sender().person().hprNumber()).isEqualTo("9144889");
    }
}
