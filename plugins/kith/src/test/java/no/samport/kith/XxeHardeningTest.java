package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.testfixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DOCTYPE is refused before any entity or DTD is resolved: no file is read, no URL is fetched. */
class XxeHardeningTest {

    private final KithCodec codec = new KithCodec();

    @Test
    void an_external_file_entity_is_refused_and_not_resolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPPHEMMELIG-INNHOLD");
        String xml = Fixtures.text(KithTestSupport.FORESPORSEL)
                .replace("<MsgHead ", "<!DOCTYPE MsgHead [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<MsgHead ")
                .replace("<Sporsmal>", "<Sporsmal>&xxe;");

        MessageRejectedException rejection = decode(xml);

        assertThat(rejection.error()).isEqualTo(AppRecError.T01);
        assertThat(rejection.getMessage()).contains("DOCTYPE").doesNotContain("TOPPHEMMELIG");
    }

    @Test
    void an_external_dtd_is_never_fetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        try {
            String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String xml = Fixtures.text(KithTestSupport.FORESPORSEL)
                    .replace("<MsgHead ", "<!DOCTYPE MsgHead SYSTEM \"" + dtd + "\">\n<MsgHead ");

            assertThat(decode(xml).error()).isEqualTo(AppRecError.T01);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void internal_entity_expansion_is_refused_too() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<MsgHead xmlns=\"http://www.kith.no/xmlstds/msghead/2006-05-24\">&lol2;</MsgHead>";

        assertThat(decode(xml).error()).isEqualTo(AppRecError.T01);
    }

    private MessageRejectedException decode(String xml) {
        return catchThrowableOfType(() -> codec.decode(xml.getBytes(StandardCharsets.UTF_8)),
                MessageRejectedException.class);
    }
}
