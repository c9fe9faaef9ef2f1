package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import no.samport.kith.KithSchemaValidator;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StoredMessage;
import no.samport.testfixtures.SharedReferences;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** An epikrise dropped in a folder travels the pipeline like a dialogue message, and its sender gets an AppRec. */
class EpikriseFlowIT extends GatewayIT {

    @Test
    void anEpikriseIsDeliveredToTheGpAndTheSenderGetsSamportsReceipt() {
        DemoMessage epikrise = demo("07-epikrise-korttidsavdelingen-til-lade-legesenter.xml");

        drop("nidvik-hjemmetjeneste", "epikrise-" + epikrise.msgId() + ".xml", epikrise.bytes());

        StoredMessage delivered = awaitStatus(epikrise.msgId(), MessageStatus.DELIVERED);
        assertThat(delivered.format()).isEqualTo("epikrise-1.2");
        assertThat(delivered.messageType()).isEqualTo("EPIKRISE");
        assertThat(delivered.senderHerId()).isEqualTo("8300102");
        assertThat(delivered.receiverHerId()).isEqualTo("8300201");
        assertThat(delivered.destinationEndpoint()).isEqualTo("lade-legesenter");

        Path arrived = awaitFile("lade-legesenter", "out", epikrise.msgId());
        Diff diff = DiffBuilder.compare(epikrise.xml()).withTest(read(arrived))
                .ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();

        String receiptMsgId = store.find(Awaitility.await().atMost(PATIENCE)
                .until(() -> store.find(delivered.trackingId()).orElseThrow().receiptTrackingId(), Objects::nonNull))
                .orElseThrow().msgId();
        String appRec = read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + receiptMsgId));
        assertThat(appRec).contains("<Status V=\"1\" DN=\"OK\"/>").contains("<MsgType V=\"EPIKRISE\" DN=\"Epikrise\"/>")
                .contains("<Id>" + epikrise.msgId() + "</Id>");
    }

    @Test
    void theDeliveredEpikriseIsValidAgainstTheOfficialSchemas() {
        KithSchemaValidator validator = KithSchemaValidator.fromDirectory(SharedReferences.assumeKithSchemas());
        DemoMessage epikrise = demo("07-epikrise-korttidsavdelingen-til-lade-legesenter.xml");

        drop("nidvik-hjemmetjeneste", "epikrise-" + epikrise.msgId() + ".xml", epikrise.bytes());

        Path arrived = awaitFile("lade-legesenter", "out", epikrise.msgId());
        assertThat(validator.validate(read(arrived).getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
