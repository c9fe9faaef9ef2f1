package no.samport.testfixtures.tck;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.AdapterHealth;
import no.samport.plugin.api.AdapterCapabilities;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.EndpointSettings;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.TransportRefusedException;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter TCK: the rules of {@link Adapter}, one or more tests each, named {@code required_spi<N>_...} after the
 * rule they check. An adapter's test extends this class and says how to make the adapter, a valid endpoint, sample
 * messages and a {@link TransportProbe} on the other side of its transport. Rules that the adapter's declared
 * {@link AdapterCapabilities} make inapplicable are skipped, saying why.
 */
public abstract class AdapterTck {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** How long a transport may take to move one message. */
    protected static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    protected Path workDirectory;

    private Adapter adapter;
    private EndpointSettings settings;
    private CamelHarness harness;
    private TransportProbe probe;

    /** A new adapter, configured the way its auto-configuration would. */
    protected abstract Adapter createAdapter();

    /** A valid endpoint served by the adapter, working in {@code workDirectory}. */
    protected abstract EndpointSettings validSettings(Path workDirectory) throws Exception;

    /** Native sample messages by format id: one for every format the adapter writes, each in a format it reads. */
    protected abstract Map<String, byte[]> sampleMessages();

    /** The system on the other side of the transport for {@code settings}; used by rules 8 to 11. */
    protected abstract TransportProbe probe(EndpointSettings settings) throws Exception;

    /**
     * Registers what the adapter's URIs need in a plain Camel context, e.g. its own Camel component, as its Spring
     * auto-configuration does in Samport. Nothing by default.
     */
    protected void prepare(CamelContext camel) throws Exception {
    }

    /** Input the codec cannot accept; by default text that is no message in any format. */
    protected byte[] unreadableInput() {
        return "This is not a message. Dette er ikke en melding.".getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    final void setUpAdapter() throws Exception {
        adapter = createAdapter();
        settings = validSettings(workDirectory);
    }

    @AfterEach
    final void tearDownTransport() throws Exception {
        if (harness != null) {
            harness.close();
        }
        if (probe != null) {
            probe.close();
        }
    }

    @Test
    void required_spi1_idIsKebabCaseAndStable() {
        assertTrue(KEBAB_CASE.matcher(adapter.id()).matches(), "id '" + adapter.id() + "' is not kebab-case");
        assertEquals(adapter.id(), createAdapter().id(), "two instances of the adapter have different ids");
    }

    @Test
    void required_spi2_hasANameForPeople() {
        assertNotNull(adapter.displayName(), "displayName() is null");
        assertFalse(adapter.displayName().isBlank(), "displayName() is blank");
        assertNotNull(adapter.intendedFor(), "intendedFor() is null");
    }

    @Test
    void required_spi3_capabilitiesAgreeWithTheTransports() {
        AdapterCapabilities capabilities = adapter.capabilities();
        assertEquals(capabilities.receives(), adapter.inboundUri(settings).isPresent(), "receives vs inboundUri");
        assertEquals(capabilities.sends(), adapter.outboundUri(settings).isPresent(), "sends vs outboundUri");
        assertEquals(capabilities.rejectionNotices(), adapter.rejectionNoticeUri(settings).isPresent(),
                "rejectionNotices vs rejectionNoticeUri");
    }

    @Test
    void required_spi3_everyFormatWrittenHasASampleInAFormatRead() {
        AdapterCapabilities capabilities = adapter.capabilities();
        assertFalse(capabilities.reads().isEmpty(), "capabilities().reads() names no format");
        assertTrue(capabilities.reads().containsAll(sampleMessages().keySet()),
                "samples " + sampleMessages().keySet() + " are not all in reads " + capabilities.reads());
        assertTrue(sampleMessages().keySet().containsAll(capabilities.writes()),
                "give sampleMessages() one sample for every format written: " + capabilities.writes());
    }

    @Test
    void required_spi4_decodesEachSampleIntoAMessageBundleInItsFormat() throws Exception {
        for (Map.Entry<String, byte[]> sample : sampleMessages().entrySet()) {
            DecodedMessage decoded = adapter.codec().decode(sample.getValue());
            assertEquals(sample.getKey(), decoded.format(), "format of the decoded sample");
            MessageBundles.assertIsMessage(decoded.bundle());
        }
    }

    @Test
    void required_spi5_rejectsUnreadableInputWithAnAppRecCode() {
        try {
            adapter.codec().decode(unreadableInput());
            fail("decode() accepted input that is no message");
        } catch (MessageRejectedException e) {
            assertNotNull(e.error(), "the rejection carries no 8221 code");
            assertNotNull(e.getMessage(), "the rejection says nothing about what is wrong");
        } catch (RuntimeException e) {
            fail("decode() threw " + e + " instead of MessageRejectedException");
        }
    }

    @Test
    void required_spi6_encodesEachWrittenFormatSoThatItDecodesToTheSameMessage() throws Exception {
        for (String format : adapter.capabilities().writes()) {
            DecodedMessage original = adapter.codec().decode(sampleMessages().get(format));
            byte[] encoded = adapter.codec().encode(original.bundle(),
                    new EncodingPreferences(Set.of(format), StandardCharsets.UTF_8));
            DecodedMessage again = adapter.codec().decode(encoded);
            assertEquals(format, again.format(), "format after encoding as " + format);
            MessageBundles.assertSameMessage(original.bundle(), again.bundle());
        }
    }

    @Test
    void required_spi7_validSettingsHaveNoProblems() {
        assertEquals(List.of(), adapter.validate(settings));
    }

    @Test
    void required_spi7_everyProblemNamesTheProperty() {
        EndpointSettings empty = new EndpointSettings(settings.id(), adapter.id(), workDirectory, Map.of());
        for (String problem : adapter.validate(empty)) {
            assertTrue(problem.contains("samport.endpoints." + settings.id() + ".properties."),
                    "the problem '" + problem + "' does not name the property to fix");
        }
    }

    @Test
    void required_spi8_eachInboundMessageIsOneExchangeWithItsBytes() throws Exception {
        String inboundUri = requireTransport(adapter.capabilities().receives(), "receive", adapter.inboundUri(settings));
        byte[] sample = anySample();
        TransportProbe other = probe();
        harness().consume(inboundUri);
        other.offer(sample);
        byte[] received = harness().awaitInbound(PATIENCE);
        assertNotNull(received, "no exchange came from " + inboundUri + " within " + PATIENCE);
        MessageBundles.assertSameMessage(adapter.codec().decode(sample).bundle(),
                adapter.codec().decode(received).bundle());
        await().atMost(PATIENCE).until(() -> !probe().stillWaiting(sample));
    }

    @Test
    void required_spi8_aMessageWhoseExchangeFailedIsNotTakenAndComesAgain() throws Exception {
        String inboundUri = requireTransport(adapter.capabilities().receives(), "receive", adapter.inboundUri(settings));
        byte[] sample = anySample();
        TransportProbe other = probe();
        harness().failInboundExchanges(new IllegalStateException("TCK: the store is down"));
        harness().consume(inboundUri);
        other.offer(sample);
        await().atMost(PATIENCE).until(() -> harness().attempts() > 0);
        assertTrue(probe().stillWaiting(sample), "the transport took the message although its exchange failed");
        harness().failInboundExchanges(null);
        assertNotNull(harness().awaitInbound(PATIENCE), "the message did not come again after the failure");
    }

    @Test
    void required_spi9_handsOverEachOutboundMessage() throws Exception {
        String outboundUri = requireTransport(adapter.capabilities().sends(), "send", adapter.outboundUri(settings));
        byte[] sample = anySample();
        probe();
        Exception failure = harness().send(outboundUri, sample, outboundHeaders());
        assertNull(failure, () -> "the transport failed: " + failure);
        List<byte[]> delivered = await().atMost(PATIENCE).until(() -> probe().delivered(), list -> !list.isEmpty());
        assertEquals(1, delivered.size(), "one exchange, one message handed over");
        MessageBundles.assertSameMessage(adapter.codec().decode(sample).bundle(),
                adapter.codec().decode(delivered.get(0)).bundle());
    }

    @Test
    void required_spi9_failsTheExchangeWhenTheMessageWasNotHandedOver() throws Exception {
        String outboundUri = requireTransport(adapter.capabilities().sends(), "send", adapter.outboundUri(settings));
        assumeTrue(probe().canBreakOutbound(), "the probe cannot break this adapter's outbound transport");
        probe().breakOutbound();
        Exception failure = harness().send(outboundUri, anySample(), outboundHeaders());
        assertNotNull(failure, "the exchange succeeded although the other side did not take the message");
    }

    @Test
    void required_spi10_aRefusalFailsTheExchangeWithTransportRefusedException() throws Exception {
        String outboundUri = requireTransport(adapter.capabilities().sends(), "send", adapter.outboundUri(settings));
        assumeTrue(probe().canRefuseOutbound(), "the other side of this transport cannot refuse a message for good");
        probe().refuseOutbound();
        Exception failure = harness().send(outboundUri, anySample(), outboundHeaders());
        assertInstanceOf(TransportRefusedException.class, failure, "a refusal for good is a TransportRefusedException");
    }

    @Test
    void required_spi11_writesRejectionNotices() throws Exception {
        String noticeUri = requireTransport(adapter.capabilities().rejectionNotices(), "write notices",
                adapter.rejectionNoticeUri(settings));
        probe();
        String notice = "Samport could not read the file tck-" + UUID.randomUUID() + ".txt: not XML";
        Exception failure = harness().send(noticeUri, notice.getBytes(StandardCharsets.UTF_8),
                Map.of(Adapter.OUTBOUND_NAME_HEADER, "tck-" + UUID.randomUUID() + ".rejected.txt"));
        assertNull(failure, () -> "writing the notice failed: " + failure);
        await().atMost(PATIENCE).until(() -> probe().notices().contains(notice));
    }

    @Test
    void required_spi12_healthAnswersQuicklyAndNeverThrows() {
        long started = System.nanoTime();
        AdapterHealth health = adapter.health(settings);
        assertNotNull(health, "health() returned null");
        EndpointSettings broken = new EndpointSettings(settings.id(), adapter.id(), workDirectory.resolve("missing"),
                Map.of("base-url", "http://127.0.0.1:9/unreachable", "poll-interval", "not-a-number"));
        assertNotNull(adapter.health(broken), "health() of a broken endpoint returned null");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(PATIENCE) < 0, "health() took too long");
    }

    /** The headers the pipeline sets on an outbound exchange. */
    protected Map<String, Object> outboundHeaders() {
        return Map.of(Adapter.OUTBOUND_NAME_HEADER, "tck-" + UUID.randomUUID() + ".xml");
    }

    private byte[] anySample() {
        return sampleMessages().values().iterator().next();
    }

    private static String requireTransport(boolean capable, String what, java.util.Optional<String> uri) {
        assumeTrue(capable, "the adapter declares that it does not " + what);
        return uri.orElseThrow(() -> new AssertionError("the adapter declares that it can " + what + " but gives no URI"));
    }

    private CamelHarness harness() throws Exception {
        if (harness == null) {
            harness = new CamelHarness();
            prepare(harness.camel());
        }
        return harness;
    }

    private TransportProbe probe() throws Exception {
        if (probe == null) {
            probe = probe(settings);
        }
        return probe;
    }
}
