package no.samport.pipeline.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import no.samport.pipeline.Queues;
import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;

class StalledMessageSweeperTest {

    private static StoredMessage message(MessageStatus status, MessageKind kind) {
        return new StoredMessage(UUID.randomUUID(), kind, false, "nidvik-hjemmetjeneste", "lade-legesenter", status,
                "dialogmelding-1.0", "m-1", "DIALOG_FORESPORSEL", "8300101", "8300201", "m-1", null, null, null, null,
                1000, "x.xml", null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aStalledMessageGoesBackOnTheQueueOfTheStageThatTakesItsStatus() {
        assertThat(StalledMessageSweeper.queueFor(message(MessageStatus.RECEIVED, MessageKind.UNKNOWN)))
                .isEqualTo(Queues.INTAKE);
        assertThat(StalledMessageSweeper.queueFor(message(MessageStatus.DECODED, MessageKind.MESSAGE)))
                .isEqualTo(Queues.CANONICAL);
        assertThat(StalledMessageSweeper.queueFor(message(MessageStatus.DECODED, MessageKind.RECEIPT)))
                .isEqualTo(Queues.RECEIPTS);
        assertThat(StalledMessageSweeper.queueFor(message(MessageStatus.RESOLVED, MessageKind.MESSAGE)))
                .isEqualTo(Queues.RESOLVED);
        assertThat(StalledMessageSweeper.queueFor(message(MessageStatus.QUEUED, MessageKind.MESSAGE)))
                .isEqualTo(Queues.deliver("lade-legesenter"));
    }

    @Test
    void aMessageThatIsSentOrFinishedIsNotBetweenStages() {
        assertThatThrownBy(() -> StalledMessageSweeper.queueFor(message(MessageStatus.SENT, MessageKind.MESSAGE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
