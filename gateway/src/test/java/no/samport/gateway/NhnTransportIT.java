package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samport.kith.KithCodec;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.testfixtures.nhn.NhnSimulator;
import no.samport.testfixtures.nhn.SimulatedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Messages over Norsk Helsenett's message API, here the NHN simulator on 127.0.0.1: out of a municipal message
 * folder to a GP office on Helsenettet and its AppRec back into the folder; and the simulator stopped mid-run.
 */
class NhnTransportIT extends GatewayIT {

    private static final NhnSimulator NHN = ItTransports.NHN;
    private final KithCodec kith = new KithCodec();

    @AfterEach
    void quietResponder() {
        NHN.mailbox().respondWith(message -> Optional.empty());
        NHN.restart();
    }

    /** Demo message 01, addressed to Fjordlegene legesenter (HER-id 8300500/8300501) on Helsenettet. */
    private static DemoMessage toFjordlegene() {
        return demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml")
                .replace("<Id>8300200</Id>", "<Id>8300500</Id>")
                .replace("<Id>8300201</Id>", "<Id>8300501</Id>")
                .replace("Lade legesenter", "Fjordlegene legesenter");
    }

    /** The GP office's EPJ answers every message with an AppRec "OK", written by the KITH codec. */
    private Optional<byte[]> appRecOk(SimulatedMessage received) {
        try {
            MessageEnvelope envelope = MessageEnvelope.of(kith.decode(received.businessDocument()).bundle());
            return Optional.of(kith.encode(AppRecBundles.answer(envelope, AppRecStatus.OK, List.of(), new Date()),
                    new EncodingPreferences(Set.of("apprec-1.0"), StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sentWithMsgId(String msgId) {
        return NHN.mailbox().sent().stream().filter(m -> msgId.equals(m.facts().msgId())).count();
    }

    @Test
    void aMessageFromAFolderReachesNhnAndTheReceiversAppRecComesBackToTheSendersFolder() {
        NHN.mailbox().respondWith(this::appRecOk);
        DemoMessage message = toFjordlegene();

        drop("nidvik-hjemmetjeneste", message.msgId() + ".xml", message.bytes());

        StoredMessage delivered = awaitStatus(message.msgId(), MessageStatus.DELIVERED);
        assertThat(sentWithMsgId(message.msgId())).isEqualTo(1);
        SimulatedMessage sent = NHN.mailbox().sent().stream()
                .filter(m -> message.msgId().equals(m.facts().msgId())).findFirst().orElseThrow();
        assertThat(sent.facts().receiverHerId()).isEqualTo(8300501);
        assertThat(store.history(delivered.trackingId())).extracting(StatusEvent::detail)
                .anyMatch(d -> d.contains("handed to endpoint helsenett (adapter nhn-edi)"))
                .anyMatch(d -> d.contains("AppRec status 1 (OK)"));
        SimulatedMessage appRec = NHN.mailbox().inbox().stream()
                .filter(m -> m.facts().appRec() && new String(m.businessDocument(), StandardCharsets.UTF_8)
                        .contains(message.msgId()))
                .findFirst().orElseThrow();
        String forwarded = read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + appRec.facts().msgId()));
        assertThat(forwarded).contains("<Id>" + message.msgId() + "</Id>");
        await().atMost(PATIENCE).until(() -> NHN.mailbox().inbox().stream()
                .filter(m -> m.facts().appRec()).allMatch(SimulatedMessage::isRead));
    }

    @Test
    void whileNhnIsDownMessagesWaitAndRetryAndAreDeliveredExactlyOnceWhenItReturns() {
        NHN.stop();
        List<DemoMessage> messages = List.of(toFjordlegene(), toFjordlegene(), toFjordlegene());

        messages.forEach(m -> drop("nidvik-hjemmetjeneste", m.msgId() + ".xml", m.bytes()));

        for (DemoMessage message : messages) {
            await().atMost(PATIENCE).until(() -> store.findByMsgId(message.msgId()).stream()
                    .anyMatch(m -> store.history(m.trackingId()).stream()
                            .anyMatch(e -> e.detail() != null && e.detail().contains("delivery attempt"))));
        }
        assertThat(messages).allSatisfy(m -> assertThat(sentWithMsgId(m.msgId())).isZero());
        assertThat(store.findByStatus(MessageStatus.FAILED, 500)).extracting(StoredMessage::msgId)
                .doesNotContainAnyElementsOf(messages.stream().map(DemoMessage::msgId).toList());

        NHN.restart();

        for (DemoMessage message : messages) {
            StoredMessage sent = awaitStatus(message.msgId(), MessageStatus.SENT);
            assertThat(store.history(sent.trackingId())).extracting(StatusEvent::detail)
                    .anyMatch(d -> d.contains("delivery attempt 1 to endpoint helsenett failed"));
        }
        assertThat(messages).allSatisfy(m -> assertThat(sentWithMsgId(m.msgId())).isEqualTo(1));
    }
}
