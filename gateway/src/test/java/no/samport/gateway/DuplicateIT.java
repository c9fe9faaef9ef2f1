package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;

class DuplicateIT extends GatewayIT {

    @Test
    void theSameMessageSentTwiceIsDeliveredOnceAndTheSenderGetsOneReceipt() throws IOException {
        DemoMessage message = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");

        drop("nidvik-hjemmetjeneste", "first-" + message.msgId() + ".xml", message.bytes());
        StoredMessage first = awaitStatus(message.msgId(), MessageStatus.DELIVERED);
        awaitFile("nidvik-hjemmetjeneste", "out", "apprec-");
        drop("nidvik-hjemmetjeneste", "again-" + message.msgId() + ".xml", message.bytes());
        StoredMessage duplicate = awaitStatus(message.msgId(), MessageStatus.DUPLICATE);

        assertThat(duplicate.trackingId()).isNotEqualTo(first.trackingId());
        assertThat(store.history(duplicate.trackingId()).get(store.history(duplicate.trackingId()).size() - 1).detail())
                .contains(first.trackingId().toString());
        assertThat(duplicate.receiptTrackingId()).isNull();
        assertThat(receiptsAnswering(message.msgId())).hasSize(1);
        try (Stream<Path> delivered = Files.list(folder("lade-legesenter", "out"))) {
            assertThat(delivered.filter(f -> f.getFileName().toString().contains(message.msgId()))).hasSize(1);
        }
    }

    private List<Path> receiptsAnswering(String msgId) throws IOException {
        try (Stream<Path> files = Files.list(folder("nidvik-hjemmetjeneste", "out"))) {
            return files.filter(f -> read(f).contains("<Id>" + msgId + "</Id>")).toList();
        }
    }
}
