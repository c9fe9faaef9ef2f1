package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StoredMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A GP office whose system reads only Dialogmelding 1.0 (endpoint gamle-torv-legekontor): a helsefaglig dialog
 * (1.1) that loses nothing in 1.0 reaches it as 1.0; one that would lose content is rejected and the sender gets an
 * AppRec with T10 saying what would be lost.
 */
class VersionNegotiationIT extends GatewayIT {

    private static final String TO_BAKKEGATA = "<Id>8300300</Id>";
    private static final String TO_OLA_BERG = "<Id>8300301</Id>";

    private DemoMessage dialogToGamleTorv() {
        return demo("02-helsefaglig-dialog-hjemmetjenesten-til-bakkegata-legekontor.xml")
                .replace(TO_BAKKEGATA, "<Id>8300900</Id>").replace(TO_OLA_BERG, "<Id>8300901</Id>")
                .replace("Bakkegata legekontor", "Gamle Torv legekontor");
    }

    @Test
    void aHelsefagligDialogThatLosesNothingIsDeliveredAsDialogmelding10() {
        DemoMessage dialog = dialogToGamleTorv();

        drop("nidvik-hjemmetjeneste", "dialog-" + dialog.msgId() + ".xml", dialog.bytes());

        StoredMessage delivered = awaitStatus(dialog.msgId(), MessageStatus.DELIVERED);
        assertThat(delivered.destinationEndpoint()).isEqualTo("gamle-torv-legekontor");
        assertThat(read(awaitFile("gamle-torv-legekontor", "out", dialog.msgId())))
                .contains("<Dialogmelding xmlns=\"http://www.kith.no/xmlstds/dialog/2006-10-11\">")
                .contains("Fall i hjemmet natt til i dag");
    }

    @Test
    void aHelsefagligDialogThatWouldLoseContentIsRejectedWithT10AndTheReason() {
        String contactWanted = "DN=\"Kontakt hos mottaker\" S=\"2.16.578.1.12.4.1.1.9034\"/>";
        DemoMessage dialog = dialogToGamleTorv().replace(contactWanted, contactWanted + "<TilknyttetEnhet><Kontaktenhet>"
                + "<fk1:OrganisationName>Nidvik legevakt</fk1:OrganisationName><fk1:Ident><fk1:Id>8300900</fk1:Id>"
                + "<fk1:TypeId V=\"HER\" DN=\"HER-id\" S=\"2.16.578.1.12.4.1.1.9051\"/></fk1:Ident></Kontaktenhet>"
                + "</TilknyttetEnhet>");
        assertThat(dialog.xml()).contains("<TilknyttetEnhet>");

        drop("nidvik-hjemmetjeneste", "dialog-" + dialog.msgId() + ".xml", dialog.bytes());

        StoredMessage rejected = awaitStatus(dialog.msgId(), MessageStatus.REJECTED);
        assertThat(rejected.errorCode()).isEqualTo("T10");
        String receiptMsgId = store.find(Awaitility.await().atMost(PATIENCE)
                .until(() -> store.find(rejected.trackingId()).orElseThrow().receiptTrackingId(), Objects::nonNull))
                .orElseThrow().msgId();
        String appRec = read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + receiptMsgId));
        assertThat(appRec).contains("<Status V=\"2\"").contains("V=\"T10\"")
                .contains("reads only Dialogmelding 1.0").contains("TilknyttetEnhet");
    }
}
