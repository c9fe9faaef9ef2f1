package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.samport.kith.KithSchemaValidator;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StoredMessage;
import no.samport.testfixtures.SharedReferences;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

class MessageFlowIT extends GatewayIT {

    @Test
    void aForesporselTravelsThroughEveryStageAndTheSenderGetsSamportsReceipt() {
        DemoMessage foresporsel = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");

        drop("nidvik-hjemmetjeneste", "foresporsel-" + foresporsel.msgId() + ".xml", foresporsel.bytes());

        StoredMessage delivered = awaitStatus(foresporsel.msgId(), MessageStatus.DELIVERED);
        assertThat(statuses(delivered.trackingId())).containsExactly(MessageStatus.RECEIVED, MessageStatus.DECODED,
                MessageStatus.RESOLVED, MessageStatus.QUEUED, MessageStatus.SENT, MessageStatus.DELIVERED);
        assertThat(delivered.destinationEndpoint()).isEqualTo("lade-legesenter");
        assertThat(delivered.format()).isEqualTo("dialogmelding-1.0");
        assertThat(delivered.senderHerId()).isEqualTo("8300101");
        assertThat(delivered.receiverHerId()).isEqualTo("8300201");

        Path arrived = awaitFile("lade-legesenter", "out", foresporsel.msgId());
        Diff diff = DiffBuilder.compare(foresporsel.xml()).withTest(read(arrived))
                .ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();

        StoredMessage receipt = store.find(awaitReceipt(delivered)).orElseThrow();
        String appRec = read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + receipt.msgId()));
        assertThat(appRec).contains("<Status V=\"1\" DN=\"OK\"/>")
                .contains("<Id>" + foresporsel.msgId() + "</Id>")
                .contains("<SoftwareName>Samport</SoftwareName>");
    }

    @Test
    void everythingSamportWritesForAFlowIsValidAgainstTheOfficialSchemas() {
        Path schemas = SharedReferences.assumeKithSchemas();
        KithSchemaValidator validator = KithSchemaValidator.fromDirectory(schemas);
        DemoMessage dialog = demo("02-helsefaglig-dialog-hjemmetjenesten-til-bakkegata-legekontor.xml");
        DemoMessage unknownReceiver = demo("04-ukjent-mottaker.xml");

        drop("nidvik-hjemmetjeneste", "dialog-" + dialog.msgId() + ".xml", dialog.bytes());
        drop("nidvik-hjemmetjeneste", "ukjent-" + unknownReceiver.msgId() + ".xml", unknownReceiver.bytes());

        Path message = awaitFile("bakkegata-legekontor", "out", dialog.msgId());
        StoredMessage rejected = awaitStatus(unknownReceiver.msgId(), MessageStatus.REJECTED);
        String receiptMsgId = store.find(awaitReceipt(rejected)).orElseThrow().msgId();
        Path rejection = awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + receiptMsgId);

        assertThat(validator.validate(read(message).getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
        assertThat(validator.validate(read(rejection).getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }

    private java.util.UUID awaitReceipt(StoredMessage message) {
        return org.awaitility.Awaitility.await().atMost(PATIENCE)
                .until(() -> store.find(message.trackingId()).orElseThrow().receiptTrackingId(), java.util.Objects::nonNull);
    }
}
