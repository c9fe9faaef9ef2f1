package no.samport.testfixtures.nhn;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local simulator of Norsk Helsenett's EDI 2.0 message API (MSH API v2, {@code shared/nhn/msh-api-v2.openapi.json})
 * over real HTTP on 127.0.0.1: the eight operations under {@code /Messages}, the required {@code api-version} and
 * {@code nhn-source-system} headers, bearer tokens (static ones, or issued by the simulated HelseID token endpoint at
 * {@code /connect/token}), 403 for HER-ids the client is not authorised for, and the spec's ErrorMessage bodies.
 * Tests can make it fail (any status, a number of times), answer slowly, or stop and start again on the same port;
 * its {@link NhnMailbox} keeps the messages across restarts.
 */
public final class NhnSimulator implements AutoCloseable {

    private final NhnMailbox mailbox = new NhnMailbox();
    private final Set<String> acceptedTokens = ConcurrentHashMap.newKeySet();
    private final Set<Integer> authorisedHerIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final SimulatedHelseId helseId = new SimulatedHelseId(acceptedTokens);
    private volatile int failureStatus = 503;
    private volatile Duration answerDelay = Duration.ZERO;
    private volatile HttpServer server;
    private volatile ExecutorService executor;
    private int port;

    /** Starts on a free port. */
    public static NhnSimulator start() {
        NhnSimulator simulator = new NhnSimulator();
        simulator.listen(0);
        return simulator;
    }

    private synchronized void listen(int wantedPort) {
        try {
            executor = Executors.newFixedThreadPool(4);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 50);
            server.setExecutor(executor);
            server.createContext("/Messages", this::handle);
            server.createContext("/connect/token", helseId::handle);
            server.start();
            port = server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException("The NHN simulator cannot listen on port " + wantedPort, e);
        }
    }

    /** Stops answering: connections are refused until {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Starts answering again on the same port, with the same messages. */
    public synchronized void restart() {
        if (server == null) {
            listen(port);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (!answerDelay.isZero()) {
                Thread.sleep(answerDelay.toMillis());
            }
            SimulatorResponse response = checkRequest(exchange);
            if (response == null) {
                response = new NhnApiHandler(mailbox, authorisedHerIds).handle(exchange);
            }
            response.send(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SimulatorResponse checkRequest(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")
                || !acceptedTokens.contains(authorization.substring("Bearer ".length()))) {
            return SimulatorResponse.error(401, "Missing or invalid bearer token");
        }
        if (exchange.getRequestHeaders().getFirst("api-version") == null
                || exchange.getRequestHeaders().getFirst("nhn-source-system") == null) {
            return SimulatorResponse.error(400, "The headers api-version and nhn-source-system are required");
        }
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return SimulatorResponse.error(failureStatus, "Simulated failure " + failureStatus);
        }
        return null;
    }

    /** Accepts {@code token} as a bearer token (the static-token case). */
    public NhnSimulator acceptToken(String token) {
        acceptedTokens.add(token);
        return this;
    }

    /** Limits the client to these HER-ids (as sender and as receiver); others get 403. Empty: no limit. */
    public NhnSimulator authorise(Integer... herIds) {
        authorisedHerIds.addAll(Set.of(herIds));
        return this;
    }

    /** The next {@code times} API requests are answered with {@code status} and an ErrorMessage. */
    public void failNext(int times, int status) {
        failureStatus = status;
        failuresLeft.set(times);
    }

    /** Every API answer waits this long first (to test client timeouts). */
    public void answerAfter(Duration delay) {
        answerDelay = delay;
    }

    public SimulatedHelseId helseId() {
        return helseId;
    }

    public NhnMailbox mailbox() {
        return mailbox;
    }

    /** How many API requests reached the simulator (token requests not counted). */
    public int requestCount() {
        return requests.get();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** A fresh random token, accepted by the simulator. */
    public String issueStaticToken() {
        String token = "static-" + UUID.randomUUID();
        acceptToken(token);
        return token;
    }

    @Override
    public void close() {
        stop();
    }
}
