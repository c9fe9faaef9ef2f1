package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StoredMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Bad input never stops the gateway: each gets a stored status and, where a sender can be read, an AppRec. */
class RejectionIT extends GatewayIT {

    @Test
    void aFileThatIsNotXmlIsRejectedWithT01AndANoticeInTheSendersErrorFolder() {
        String name = "ikke-xml-" + UUID.randomUUID() + ".txt";

        drop("nidvik-hjemmetjeneste", name, "Hei, kan dere ringe meg om fru Nilsen?".getBytes(StandardCharsets.UTF_8));

        StoredMessage rejected = awaitStatusByName(name, MessageStatus.REJECTED);
        assertThat(rejected.errorCode()).isEqualTo("T01");
        String notice = read(awaitFile("nidvik-hjemmetjeneste", "error", name));
        assertThat(notice).contains("T01").contains(rejected.trackingId().toString())
                .doesNotContain("Nilsen");
    }

    @Test
    void anEmptyFileIsRejectedWithT01() {
        String name = "tom-" + UUID.randomUUID() + ".xml";

        drop("nidvik-hjemmetjeneste", name, new byte[0]);

        assertThat(awaitStatusByName(name, MessageStatus.REJECTED).errorCode()).isEqualTo("T01");
        awaitFile("nidvik-hjemmetjeneste", "error", name);
    }

    @Test
    void xmlThatIsNotAKithMessageIsRejectedWithT10() {
        String name = "annet-format-" + UUID.randomUUID() + ".xml";

        drop("nidvik-hjemmetjeneste", name, "<?xml version=\"1.0\"?><Bestilling xmlns=\"urn:eksempel\"/>"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(awaitStatusByName(name, MessageStatus.REJECTED).errorCode()).isEqualTo("T10");
    }

    @Test
    void aMessageToAnUnknownReceiverGetsAnAppRecWithE21() {
        DemoMessage message = demo("04-ukjent-mottaker.xml");

        drop("nidvik-hjemmetjeneste", message.msgId() + ".xml", message.bytes());

        StoredMessage rejected = awaitStatus(message.msgId(), MessageStatus.REJECTED);
        assertThat(rejected.errorCode()).isEqualTo("E21");
        assertThat(receiptFor(rejected)).contains("<Status V=\"2\"").contains("V=\"E21\"")
                .contains("<Id>" + message.msgId() + "</Id>");
    }

    @Test
    void aMessageWithAnInvalidFodselsnummerGetsAnAppRecWithE31AndTheNumberIsNotRepeated() {
        DemoMessage message = demo("05-feil-fodselsnummer.xml");

        drop("nidvik-hjemmetjeneste", message.msgId() + ".xml", message.bytes());

        StoredMessage rejected = awaitStatus(message.msgId(), MessageStatus.REJECTED);
        assertThat(rejected.errorCode()).isEqualTo("E31");
        assertThat(rejected.errorText()).doesNotContain("04075640095");
        assertThat(receiptFor(rejected)).contains("V=\"E31\"").doesNotContain("04075640095");
    }

    @Test
    void aMsgHeadWithoutMsgIdIsRejectedWithT02() {
        String name = "uten-msgid-" + UUID.randomUUID() + ".xml";
        String xml = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml").xml()
                .replaceFirst("<MsgId>[^<]+</MsgId>", "");

        drop("nidvik-hjemmetjeneste", name, xml.getBytes(StandardCharsets.UTF_8));

        assertThat(awaitStatusByName(name, MessageStatus.REJECTED).errorCode()).isEqualTo("T02");
    }

    @Test
    void aFiftyMegabyteFileIsRejectedWithT99AndTheGatewayCarriesOn() {
        DemoMessage message = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");
        String padding = "x".repeat(50 * 1024 * 1024);
        String huge = message.xml().replace("<Sporsmal>", "<Sporsmal>" + padding);

        drop("nidvik-hjemmetjeneste", message.msgId() + ".xml", huge.getBytes(StandardCharsets.UTF_8));

        StoredMessage rejected = awaitStatus(message.msgId(), MessageStatus.REJECTED);
        assertThat(rejected.errorCode()).isEqualTo("T99");
        assertThat(rejected.sizeBytes()).isGreaterThan(50L * 1024 * 1024);
        assertThat(receiptFor(rejected)).contains("V=\"T99\"");

        DemoMessage next = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");
        drop("nidvik-hjemmetjeneste", next.msgId() + ".xml", next.bytes());
        awaitStatus(next.msgId(), MessageStatus.DELIVERED);
    }

    private String receiptFor(StoredMessage rejected) {
        UUID receiptId = Awaitility.await().atMost(PATIENCE)
                .until(() -> store.find(rejected.trackingId()).orElseThrow().receiptTrackingId(), Objects::nonNull);
        String receiptMsgId = store.find(receiptId).orElseThrow().msgId();
        return read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + receiptMsgId));
    }
}
