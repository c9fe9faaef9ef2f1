package no.samport.pipeline.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samport.directory.gp.routing.GpRoute;
import no.samport.directory.gp.routing.GpRouting;
import no.samport.directory.gp.routing.RouteCase;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.Queues;
import no.samport.plugin.api.fhir.PartyAddress;
import org.junit.jupiter.api.Test;

class WaitingForGpTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String REFUGEE = "15039044053";
    private static final String LISTED_SINCE = "01017012345";

    private final InMemoryWaits waits = new InMemoryWaits();
    private final List<String> queued = new ArrayList<>();
    private final QueueSender queues = new QueueSender() {
        @Override
        public void send(String queue, String trackingId) {
            queued.add(queue + " " + trackingId);
        }

        @Override
        public void deliver(String endpointId, String trackingId, String conversationKey, DeliveryKind kind) {
            throw new AssertionError("a waiting message is resolved again, never delivered directly");
        }

        @Override
        public void deliverLater(String endpointId, String trackingId, String conversationKey, Duration wait) {
            throw new AssertionError("a waiting message is resolved again, never delivered directly");
        }
    };
    private final GpRouting routing = (nin, at) -> nin.equals(LISTED_SINCE)
            ? GpRouting.Result.routed(new GpRoute("8300301", new PartyAddress(null, null, null), RouteCase.FASTLEGE,
            "c-1", "the patient is on the list of contract c-1 [fastlege]"))
            : GpRouting.Result.onNoList("on 2026-11-20 the patient is on no GP list Samport holds");
    private final WaitingForGp waiting = new WaitingForGp(waits, routing, queues, Clock.fixed(NOW, ZoneOffset.UTC));

    private UUID waitingFor(String nin, Instant until) {
        UUID id = UUID.randomUUID();
        waits.hold(id, nin, NOW.minus(Duration.ofDays(1)), until, "waiting", "resolve");
        return id;
    }

    @Test
    void aJoinResolvesAgainThePersonsWaitingMessagesAndNoOthers() {
        UUID refugees = waitingFor(REFUGEE, NOW.plus(Duration.ofDays(29)));
        UUID someoneElses = waitingFor("02028054321", NOW.plus(Duration.ofDays(29)));

        waiting.joined(REFUGEE, "c-7", LocalDate.of(2026, 11, 20));

        assertThat(queued).containsExactly(Queues.CANONICAL + " " + refugees);
        assertThat(waits.waitingNow).containsEntry(refugees, false).containsEntry(someoneElses, true);
        assertThat(waits.notes).contains("the patient was placed on the list of contract c-7 from 2026-11-20:"
                + " resolved again").noneMatch(note -> note.contains(REFUGEE));
    }

    @Test
    void theCheckResolvesAgainMessagesWhoseWaitRanOutAndThoseWhosePatientHasAListNow() {
        UUID ranOut = waitingFor(REFUGEE, NOW.minusSeconds(1));
        UUID listedSince = waitingFor(LISTED_SINCE, NOW.plus(Duration.ofDays(20)));
        UUID stillWaiting = waitingFor("02028054321", NOW.plus(Duration.ofDays(20)));

        assertThat(waiting.check()).isEqualTo(2);

        assertThat(queued).containsExactlyInAnyOrder(Queues.CANONICAL + " " + ranOut,
                Queues.CANONICAL + " " + listedSince);
        assertThat(waits.find(ranOut).orElseThrow().expired()).isTrue();
        assertThat(waits.waitingNow).containsEntry(stillWaiting, true);
        assertThat(waits.notes).anyMatch(note -> note.startsWith("the patient is on a GP list now"));
    }

    @Test
    void aMessageAnotherNodeMovedOnIsNotQueuedTwice() {
        UUID id = waitingFor(REFUGEE, NOW.plus(Duration.ofDays(29)));
        waits.release(id, "moved on by another node", "gp-wait");

        waiting.joined(REFUGEE, "c-7", LocalDate.of(2026, 11, 20));

        assertThat(queued).isEmpty();
    }
}
