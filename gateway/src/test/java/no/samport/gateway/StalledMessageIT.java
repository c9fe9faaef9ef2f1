package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;

/**
 * A message whose queue entry was lost (here: stored as received, but never put on the intake queue, as after a crash
 * between the two) is found by the sweeper and carried on to delivery.
 */
class StalledMessageIT extends GatewayIT {

    @Test
    void aMessageStoredWithoutItsQueueEntryIsQueuedAgainAndDelivered() {
        DemoMessage message = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");

        UUID trackingId = store.receive("nidvik-hjemmetjeneste", "tapt-koeinnslag.xml", message.bytes(),
                message.bytes().length, Instant.now());

        StoredMessage delivered = awaitStatus(message.msgId(), MessageStatus.DELIVERED);
        assertThat(delivered.trackingId()).isEqualTo(trackingId);
        assertThat(store.history(trackingId)).extracting(StatusEvent::detail)
                .anyMatch(detail -> detail.contains("put on samport.intake again"));
    }
}
