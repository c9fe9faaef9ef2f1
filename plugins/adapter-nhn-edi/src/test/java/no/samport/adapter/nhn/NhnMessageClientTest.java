package no.samport.adapter.nhn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samport.plugin.api.EndpointSettings;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.nhn.NhnSimulator;
import no.samport.testfixtures.nhn.SimulatedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API client against the NHN simulator over real HTTP: operations, errors, timeouts and retries. */
class NhnMessageClientTest {

    private static final byte[] FORESPORSEL =
            Fixtures.bytes("kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml");
    private static final byte[] APPREC = Fixtures.bytes("kith/apprec/1.0/ok-fra-legekontor.xml");

    private final NhnSimulator simulator = NhnSimulator.start();
    private final List<Duration> pauses = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        simulator.close();
    }

    private NhnMessageClient client(Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "base-url", simulator.baseUrl(),
                "receiver-her-ids", "8300101, 8300100",
                "max-attempts", "3",
                "retry-backoff", "100",
                "request-timeout", "1000",
                "token-provider", "static",
                "token", simulator.issueStaticToken()));
        properties.putAll(extra);
        EndpointSettings endpoint = new EndpointSettings("helsenett", NhnEdiAdapter.ID, Path.of("."), properties);
        assertThat(NhnSettings.problems(endpoint)).isEmpty();
        return new NhnClients(pauses::add).connect(endpoint).client();
    }

    @Test
    void sendsABusinessDocumentAndGetsNhnsMessageId() {
        UUID id = client(Map.of()).send(FORESPORSEL);

        assertThat(simulator.mailbox().sent()).singleElement().satisfies(sent -> {
            assertThat(sent.id()).isEqualTo(id);
            assertThat(sent.businessDocument()).isEqualTo(FORESPORSEL);
        });
    }

    @Test
    void retriesA5xxAnswerWithDoublingBackoffAndThenSucceeds() {
        simulator.failNext(2, 503);

        client(Map.of()).send(FORESPORSEL);

        assertThat(simulator.requestCount()).isEqualTo(3);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(simulator.mailbox().sent()).hasSize(1);
    }

    @Test
    void givesUpAfterTheLastAttemptWithATemporaryFailure() {
        simulator.failNext(10, 500);

        assertThatThrownBy(() -> client(Map.of()).send(FORESPORSEL))
                .isInstanceOfSatisfying(NhnApiException.class, e -> assertThat(e.isRefusal()).isFalse())
                .hasMessageContaining("answered 500").hasMessageContaining("requestId");
        assertThat(simulator.requestCount()).isEqualTo(3);
    }

    @Test
    void neverRetriesA4xxAnswer() {
        simulator.failNext(1, 400);

        assertThatThrownBy(() -> client(Map.of()).send(FORESPORSEL))
                .isInstanceOfSatisfying(NhnApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(simulator.requestCount()).isEqualTo(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aSenderTheClientIsNotAuthorisedForIsRefusedWith403() {
        simulator.authorise(8300101);

        assertThatThrownBy(() -> client(Map.of()).send(FORESPORSEL))
                .isInstanceOfSatisfying(NhnApiException.class, e -> assertThat(e.isRefusal()).isTrue())
                .hasMessageContaining("403");
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        simulator.answerAfter(Duration.ofMillis(600));

        assertThatThrownBy(() -> client(Map.of("request-timeout", "150", "max-attempts", "2")).send(FORESPORSEL))
                .isInstanceOfSatisfying(NhnApiException.class, e -> assertThat(e.status()).isZero())
                .hasMessageContaining("HttpTimeoutException");
        assertThat(pauses).hasSize(1);
    }

    @Test
    void aStoppedServiceIsATemporaryFailure() {
        NhnMessageClient client = client(Map.of("max-attempts", "2"));
        simulator.stop();

        assertThatThrownBy(() -> client.send(FORESPORSEL))
                .isInstanceOfSatisfying(NhnApiException.class, e -> assertThat(e.isRefusal()).isFalse());
    }

    @Test
    void listsFetchesAndMarksReadTheMessagesForItsHerIds() {
        SimulatedMessage waiting = simulator.mailbox().deliverToInbox(APPREC);
        NhnMessageClient client = client(Map.of("receiver-her-ids", Integer.toString(waiting.facts().receiverHerId())));

        List<NhnMessage> unread = client.unread();
        assertThat(unread).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(waiting.id());
            assertThat(m.appRec()).isTrue();
            assertThat(m.businessDocumentId()).isEqualTo(waiting.facts().msgId());
        });
        assertThat(client.businessDocument(waiting.id())).isEqualTo(APPREC);
        client.markRead(waiting.id(), unread.get(0).receiverHerId());

        assertThat(client.unread()).isEmpty();
    }

    @Test
    void readsStatusAndTheReceiversAppRecOfASentMessage() {
        simulator.mailbox().respondWith(sent -> Optional.of(APPREC));
        NhnMessageClient client = client(Map.of());

        UUID id = client.send(FORESPORSEL);

        int receiver = simulator.mailbox().sent().get(0).facts().receiverHerId();
        assertThat(client.status(id)).singleElement().satisfies(s -> {
            assertThat(s.receiverHerId()).isEqualTo(receiver);
            assertThat(s.transportDeliveryState()).isEqualTo("Acknowledged");
        });
        assertThat(client.appRecs(id)).singleElement().extracting(DeliveryStatus::receiverHerId).isEqualTo(receiver);
    }

    @Test
    void sendsAStructuredAppRecForAReceivedMessage() {
        SimulatedMessage received = simulator.mailbox().deliverToInbox(FORESPORSEL);

        client(Map.of()).sendAppRec(received.id(), received.facts().receiverHerId(), "Rejected",
                Map.of("E35", "Pasienten finnes ikke i mottakersystemet"));

        assertThat(simulator.mailbox().postedAppRecs())
                .containsExactly(received.id() + " " + received.facts().receiverHerId() + " Rejected");
    }

    @Test
    void anUnknownMessageIdIsA404Refusal() {
        assertThatThrownBy(() -> client(Map.of()).businessDocument(UUID.randomUUID()))
                .isInstanceOfSatisfying(NhnApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
