package no.samport.gateway;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the gateway's integration tests: the whole application (embedded Artemis, embedded PostgreSQL, Camel
 * routes, file, NHN and FHIR REST adapters) with the demo endpoints and the network endpoints of the "transports"
 * profile, started once and shared by every test class. Tests use fresh MsgIds
 * so they never see each other's messages as duplicates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "it", "transports"})
@Import(MovableClock.Registration.class)
public abstract class GatewayIT {

    static final Path DATA_DIR = createDataDir();
    static final Path DEMO = Path.of("..", "docs", "demo");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    protected MessageStore store;

    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("samport.data-dir", DATA_DIR::toString);
        registry.add("samport-it.nhn-base-url", ItTransports.NHN::baseUrl);
        registry.add("samport-it.fhir-base-url", ItTransports.FHIR::baseUrl);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("samport-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demo message with its MsgId replaced by a fresh one (and AppRec ids likewise when asked). */
    static DemoMessage demo(String fileName) {
        return DemoMessage.read(DEMO.resolve(fileName));
    }

    /** Writes a file into an endpoint's in-folder the way an EPJ would: complete, then renamed into place. */
    static void drop(String endpoint, String fileName, byte[] content) {
        try {
            Path in = DATA_DIR.resolve("endpoints").resolve(endpoint).resolve("in");
            Files.createDirectories(in);
            Path temp = Files.write(in.resolve("." + fileName + ".tmp"), content);
            Files.move(temp, in.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder(String endpoint, String name) {
        return DATA_DIR.resolve("endpoints").resolve(endpoint).resolve(name);
    }

    /** Waits for a file in an endpoint's folder whose name contains {@code nameContains}, and returns it. */
    static Path awaitFile(String endpoint, String folderName, String nameContains) {
        Path folder = folder(endpoint, folderName);
        return await().atMost(PATIENCE).until(() -> find(folder, nameContains), Optional::isPresent).orElseThrow();
    }

    static Optional<Path> find(Path folder, String nameContains) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(nameContains))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .findFirst();
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the message with this MsgId (received on the given endpoint) has the status. */
    StoredMessage awaitStatus(String msgId, MessageStatus status) {
        return await().atMost(PATIENCE).until(() -> store.findByMsgId(msgId).stream()
                        .filter(m -> !m.createdBySamport())
                        .filter(m -> m.status() == status)
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits until some message received as {@code originalName} has the status. */
    StoredMessage awaitStatusByName(String originalName, MessageStatus status) {
        return await().atMost(PATIENCE).until(() -> store.findByStatus(status, 200).stream()
                        .filter(m -> originalName.equals(m.originalName()))
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits until one of the message's task-sharing deadlines has the status (DeadlineState.OPEN, ALARM, MET …). */
    DeadlineState awaitDeadline(StoredMessage message, String status) {
        return await().atMost(PATIENCE).until(() -> store.deadlines(message.trackingId()).stream()
                .filter(d -> status.equals(d.status())).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** An alarm notice in the folder the test configuration sends them to (samport.policy.alarm-uri). */
    static Path awaitAlarmNotice(String name) {
        Path alarms = DATA_DIR.resolve("alarms");
        return await().atMost(PATIENCE).until(() -> find(alarms, name), Optional::isPresent).orElseThrow();
    }

    List<MessageStatus> statuses(UUID trackingId) {
        return store.history(trackingId).stream().map(StatusEvent::status).distinct().toList();
    }

    /** Waits until the message with this MsgId has an outcome: SENT, DELIVERED or REJECTED. */
    StoredMessage awaitOutcome(String msgId) {
        java.util.Set<MessageStatus> done = java.util.Set.of(MessageStatus.SENT, MessageStatus.DELIVERED,
                MessageStatus.REJECTED);
        return await().atMost(PATIENCE).until(() -> store.findByMsgId(msgId).stream()
                .filter(m -> !m.createdBySamport()).filter(m -> done.contains(m.status())).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
