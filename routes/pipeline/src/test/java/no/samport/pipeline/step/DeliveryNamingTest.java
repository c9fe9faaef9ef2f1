package no.samport.pipeline.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import no.samport.pipeline.Queues;
import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;

class DeliveryNamingTest {

    private static StoredMessage message(MessageKind kind, String msgId, String originalName) {
        return new StoredMessage(UUID.fromString("0b6c2f4e-8a51-4c1b-9d0e-3f2a1b4c5d6e"), kind, false,
                "nidvik-hjemmetjeneste", null, MessageStatus.REJECTED, null, msgId, null, null, null, null, null, null,
                "T01", "not well-formed XML at line 1, column 1", 12, originalName, null,
                Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T08:00:01Z"));
    }

    @Test
    void namesAMessageAfterItsMsgIdAndAReceiptWithAPrefix() {
        assertThat(OutboundNames.of(message(MessageKind.MESSAGE, "f0f88210-0111", null))).isEqualTo("f0f88210-0111.xml");
        assertThat(OutboundNames.of(message(MessageKind.RECEIPT, "a1", null))).isEqualTo("apprec-a1.xml");
    }

    @Test
    void neverLetsAMsgIdEscapeTheFolderOrHideTheFile() {
        assertThat(OutboundNames.of(message(MessageKind.MESSAGE, "../../etc/passwd", null)))
                .isEqualTo("_._.._etc_passwd.xml")
                .doesNotContain("/");
    }

    @Test
    void aNoticeNamesTheFileItIsAboutAndTheErrorWithoutContent() {
        StoredMessage unreadable = message(MessageKind.UNKNOWN, null, "scan 0042.pdf");
        RejectionNotices notices = new RejectionNotices();

        assertThat(notices.name(unreadable)).isEqualTo("scan_0042.pdf.rejected.txt");
        assertThat(new String(notices.text(unreadable), StandardCharsets.UTF_8))
                .contains("T01 Ikke XML")
                .contains("not well-formed XML at line 1, column 1")
                .contains("0b6c2f4e-8a51-4c1b-9d0e-3f2a1b4c5d6e");
    }

    @Test
    void reprocessingPutsAMessageBackAtTheStatusItsQueueExpects() {
        assertThat(Reprocessor.statusFor(Queues.deliver("lade-legesenter"))).isEqualTo(MessageStatus.QUEUED);
        assertThat(Reprocessor.statusFor(Queues.INTAKE)).isEqualTo(MessageStatus.RECEIVED);
        assertThat(Reprocessor.statusFor(Queues.CANONICAL)).isEqualTo(MessageStatus.DECODED);
        assertThat(Reprocessor.statusFor(Queues.RECEIPTS)).isEqualTo(MessageStatus.DECODED);
        assertThat(Reprocessor.statusFor(Queues.RESOLVED)).isEqualTo(MessageStatus.RESOLVED);
    }
}
