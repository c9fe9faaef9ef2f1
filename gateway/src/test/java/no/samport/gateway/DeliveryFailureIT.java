package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.samport.pipeline.Queues;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A destination that cannot take messages: its out-folder's place is taken by a file, so every write fails. The
 * broker retries with backoff, then dead-letters the entry; the message becomes FAILED, visible through the API, and
 * is delivered once the operator has fixed the folder and asked for reprocessing.
 */
class DeliveryFailureIT extends GatewayIT {

    @Value("${samport.broker.max-delivery-attempts}")
    int maxDeliveryAttempts;

    @Test
    void aFailingDestinationIsRetriedThenFailedAndDeliveredAfterReprocessing() throws IOException {
        Path blockedOut = folder("stengt-legekontor", "out");
        Files.createDirectories(blockedOut.getParent());
        Files.writeString(blockedOut, "not a folder");
        DemoMessage message = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml")
                .replace("<Id>8300200</Id>", "<Id>8300400</Id>")
                .replace("<Id>8300201</Id>", "<Id>8300401</Id>")
                .replace("Lade legesenter", "Stengt legekontor");

        drop("nidvik-hjemmetjeneste", message.msgId() + ".xml", message.bytes());

        StoredMessage failed = awaitStatus(message.msgId(), MessageStatus.FAILED);
        assertThat(failed.failedQueue()).isEqualTo(Queues.deliver("stengt-legekontor"));
        List<String> details = store.history(failed.trackingId()).stream().map(StatusEvent::detail).toList();
        assertThat(details).filteredOn(d -> d.startsWith("delivery attempt")).hasSize(maxDeliveryAttempts);
        assertThat(details.get(details.size() - 1)).contains("gave up on samport.deliver.stengt-legekontor");

        ResponseEntity<List> failedList = http.getForEntity("/api/messages?status=FAILED", List.class);
        assertThat(failedList.getBody().stream().map(m -> String.valueOf(((Map<?, ?>) m).get("msgId"))).toList())
                .contains(message.msgId());

        Files.delete(blockedOut);
        ResponseEntity<Map> reprocessed = http.postForEntity("/api/messages/" + failed.trackingId() + "/reprocess",
                null, Map.class);
        assertThat(reprocessed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reprocessed.getBody()).containsEntry("status", "QUEUED");

        awaitStatus(message.msgId(), MessageStatus.SENT);
        assertThat(read(awaitFile("stengt-legekontor", "out", message.msgId()))).contains(message.msgId());
    }
}
