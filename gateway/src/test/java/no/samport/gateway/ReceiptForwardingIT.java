package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;

/** Receipts from receiving systems are correlated, recorded and forwarded; a sender never gets two. */
class ReceiptForwardingIT extends GatewayIT {

    private static final String DEMO_DIALOG_MSG_ID = "3c9e7b52-1a44-4f6d-8e21-5b0a9c8d7e02";

    private DemoMessage sendDialogToBakkegata() {
        DemoMessage dialog = demo("02-helsefaglig-dialog-hjemmetjenesten-til-bakkegata-legekontor.xml");
        drop("nidvik-hjemmetjeneste", dialog.msgId() + ".xml", dialog.bytes());
        awaitStatus(dialog.msgId(), MessageStatus.SENT);
        return dialog;
    }

    @Test
    void anAppRecFromTheReceiverMarksTheMessageDeliveredAndReachesTheSender() {
        DemoMessage dialog = sendDialogToBakkegata();
        DemoMessage appRec = demo("03-apprec-fra-bakkegata-legekontor.xml").answering(dialog.msgId(), DEMO_DIALOG_MSG_ID);

        drop("bakkegata-legekontor", "apprec-" + appRec.msgId() + ".xml", appRec.bytes());

        StoredMessage delivered = awaitStatus(dialog.msgId(), MessageStatus.DELIVERED);
        assertThat(store.history(delivered.trackingId())).extracting(StatusEvent::detail)
                .anyMatch(d -> d.contains("AppRec status 1 (OK) from Bakkegata legekontor"));
        String forwarded = read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + appRec.msgId()));
        assertThat(forwarded).contains("<Id>" + appRec.msgId() + "</Id>").contains("<Id>" + dialog.msgId() + "</Id>");
        StoredMessage receipt = awaitStatus(appRec.msgId(), MessageStatus.DELIVERED);
        assertThat(receipt.kind()).isEqualTo(MessageKind.RECEIPT);
        assertThat(receipt.relatedTrackingId()).isEqualTo(delivered.trackingId());
        assertThat(store.find(delivered.trackingId()).orElseThrow().receiptTrackingId()).isEqualTo(receipt.trackingId());
    }

    @Test
    void aSecondReceiptForTheSameMessageIsRecordedButNotForwarded() {
        DemoMessage dialog = sendDialogToBakkegata();
        DemoMessage first = demo("03-apprec-fra-bakkegata-legekontor.xml").answering(dialog.msgId(), DEMO_DIALOG_MSG_ID);
        DemoMessage second = demo("03-apprec-fra-bakkegata-legekontor.xml").answering(dialog.msgId(), DEMO_DIALOG_MSG_ID);

        drop("bakkegata-legekontor", "apprec-" + first.msgId() + ".xml", first.bytes());
        awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + first.msgId());
        drop("bakkegata-legekontor", "apprec-" + second.msgId() + ".xml", second.bytes());

        StoredMessage notForwarded = awaitStatus(second.msgId(), MessageStatus.DUPLICATE);
        assertThat(store.history(notForwarded.trackingId())).extracting(StatusEvent::detail)
                .anyMatch(d -> d.contains("already has a receipt"));
    }

    @Test
    void aRejectingAppRecMarksTheMessageRejectedWithTheReceiversCode() {
        DemoMessage dialog = sendDialogToBakkegata();
        DemoMessage rejection = demo("03-apprec-fra-bakkegata-legekontor.xml")
                .answering(dialog.msgId(), DEMO_DIALOG_MSG_ID)
                .replace("<Status V=\"1\" DN=\"OK\"/>", "<Status V=\"2\" DN=\"Avvist\"/>"
                        + "<Error V=\"E35\" S=\"2.16.578.1.12.4.1.1.8221\" DN=\"Pasienten finnes ikke i mottakersystemet\"/>");

        drop("bakkegata-legekontor", "apprec-" + rejection.msgId() + ".xml", rejection.bytes());

        StoredMessage rejected = awaitStatus(dialog.msgId(), MessageStatus.REJECTED);
        assertThat(rejected.errorCode()).isEqualTo("E35");
        assertThat(read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + rejection.msgId())))
                .contains("V=\"E35\"");
    }

    @Test
    void aReceiptForAMessageSamportNeverCarriedIsKeptAndNotForwarded() {
        DemoMessage stray = demo("03-apprec-fra-bakkegata-legekontor.xml")
                .answering(UUID.randomUUID().toString(), DEMO_DIALOG_MSG_ID);

        drop("bakkegata-legekontor", "apprec-" + stray.msgId() + ".xml", stray.bytes());

        StoredMessage kept = awaitStatus(stray.msgId(), MessageStatus.REJECTED);
        assertThat(kept.errorText()).contains("has not carried");
        assertThat(kept.receiptTrackingId()).isNull();
    }
}
