package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * External PostgreSQL and an external broker are configuration only: with {@code samport.store.url} and
 * {@code samport.broker.url} set, Samport starts neither embedded service and carries messages through the external
 * ones. Here both "external" services are started by the test itself, in their own processes or threads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@DirtiesContext
class ExternalServicesIT {

    private static final Path DATA_DIR;
    private static final EmbeddedPostgres POSTGRES;
    private static final EmbeddedActiveMQ BROKER;
    private static final int BROKER_PORT;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("samport-external-it-");
            POSTGRES = EmbeddedPostgres.builder().start();
            BROKER_PORT = freePort();
            BROKER = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                    .setPersistenceEnabled(false)
                    .setSecurityEnabled(false)
                    .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + BROKER_PORT));
            BROKER.start();
            // stopped at JVM exit, after the gateway's context that uses them (closed by @DirtiesContext)
            Runtime.getRuntime().addShutdownHook(new Thread(ExternalServicesIT::stopServices));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Autowired
    MessageStore store;

    @DynamicPropertySource
    static void externalServices(DynamicPropertyRegistry registry) {
        registry.add("samport.data-dir", DATA_DIR::toString);
        registry.add("samport.store.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("samport.store.username", () -> "postgres");
        registry.add("samport.broker.url", () -> "tcp://127.0.0.1:" + BROKER_PORT);
    }


    private static void stopServices() {
        try {
            BROKER.stop();
            POSTGRES.close();
        } catch (Exception e) {
            // the JVM is exiting
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aMessageTravelsThroughTheExternalBrokerAndIsStoredInTheExternalDatabase() throws Exception {
        DemoMessage message = GatewayIT.demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");
        Path in = DATA_DIR.resolve("endpoints/nidvik-hjemmetjeneste/in");
        Files.createDirectories(in);
        Files.write(in.resolve(message.msgId() + ".xml"), message.bytes());

        await().atMost(Duration.ofSeconds(30)).until(() -> store.findByMsgId(message.msgId()).stream()
                .filter(m -> m.status() == MessageStatus.DELIVERED).findFirst(), Optional::isPresent);

        assertThat(Files.exists(DATA_DIR.resolve("postgres"))).as("no embedded database").isFalse();
        assertThat(Files.exists(DATA_DIR.resolve("broker"))).as("no embedded broker").isFalse();
        // intake, canonical, resolved, delivery to Lade, and the AppRec's delivery to home care (queued just after)
        await().atMost(Duration.ofSeconds(10))
                .until(() -> BROKER.getActiveMQServer().getTotalMessagesAdded() >= 5);
        try (var connection = POSTGRES.getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from message")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(2);
        }
    }
}
