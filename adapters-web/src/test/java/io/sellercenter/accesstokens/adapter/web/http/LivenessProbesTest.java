package io.sellercenter.accesstokens.adapter.web.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.runtime.server.EmbeddedServer;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.RawHttp;
import io.sellercenter.accesstokens.adapter.web.testsupport.RawHttp.Answer;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.sellercenter.accesstokens.adapter.web.testsupport.RawHttp.read;
import static io.sellercenter.accesstokens.adapter.web.testsupport.RawHttp.send;
import static io.sellercenter.accesstokens.adapter.web.testsupport.RawHttp.statuses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liveness probes are answered ahead of Micronaut's pipeline with what its filters would have given the controller's
 * answer, in the order HTTP/1 asks for, and every probe the fast path does not take still reaches the controller.
 */
class LivenessProbesTest {
    private static final String PROBE = "GET /health/liveness HTTP/1.1\r\nHost: test\r\n\r\n";
    private static final Logger ROOT = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private static WebAdapterServer server;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    /** The paths of the requests that reached Micronaut's filters, for this test only. */
    @ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
    @Requires(property = "liveness-probes-test", value = "on")
    static class SeenByFilters implements Ordered {
        final List<String> paths = new CopyOnWriteArrayList<>();

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @RequestFilter
        void seen(HttpRequest<?> request) {
            paths.add(request.getPath());
        }
    }

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start(Map.of("liveness-probes-test", "on",
                "access-tokens.rate-limits.sign-ins-per-minute", 1,
                "access-tokens.rate-limits.refusal-delay", "500ms"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forgetAndListen() {
        seen().clear();
        logged.start();
        ROOT.addAppender(logged);
    }

    /** A message Micronaut did not expect (such as the end of a request it never saw) is logged, and answered. */
    @AfterEach
    void nothingWentWrong() {
        ROOT.detachAppender(logged);
        assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void aProbeIsAnsweredAheadOfTheFiltersWithWhatTheyWouldHaveAdded() {
        ApiClient.Reply probe = server.client().get("/health/liveness", null);
        ApiClient.Reply withOwnId = server.client().get("/health/liveness?verbose", null,
                Map.of("X-Request-Id", "kubelet-42"));
        server.client().get("/api/v1/me", null);

        assertThat(seen()).containsExactly("/api/v1/me");
        assertThat(probe.status()).isEqualTo(200);
        assertThat(probe.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(probe.header("Content-Type")).isEqualTo("application/json");
        assertThat(probe.header("X-Request-Id"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(probe.header("Content-Security-Policy")).isEqualTo(ResponseHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(probe.header("Strict-Transport-Security"))
                .isEqualTo(ResponseHeadersFilter.STRICT_TRANSPORT_SECURITY);
        assertThat(probe.headers().allValues("Date")).hasSize(1);
        assertThat(withOwnId.status()).isEqualTo(200);
        assertThat(withOwnId.header("X-Request-Id")).isEqualTo("kubelet-42");
    }

    @Test
    void eachProbeIsTimedAsTheRouteWouldBe() {
        double before = probesTimed();

        server.client().get("/health/liveness", null);
        server.client().get("/health/liveness", null);

        assertThat(seen()).isEmpty();
        assertThat(probesTimed()).isEqualTo(before + 2);
    }

    @Test
    void probesAndOtherRequestsShareAConnectionInTheOrderAsked() throws IOException {
        try (Socket socket = connect()) {
            send(socket, PROBE + PROBE + "GET /api/v1/me HTTP/1.1\r\nHost: test\r\n\r\n" + PROBE);
            assertThat(statuses(read(socket, 4))).containsExactly(200, 200, 401, 200);

            send(socket, PROBE);
            assertThat(statuses(read(socket, 1))).containsExactly(200);
        }
        // The probe right behind /api/v1/me goes on to Micronaut if that refusal has not gone out yet.
        assertThat(seen()).isIn(List.of("/api/v1/me"), List.of("/api/v1/me", "/health/liveness"));
    }

    @Test
    void aProbeBehindAnUnansweredRequestWaitsForItsAnswer() throws IOException {
        String credentials = "{\"username\":\"nobody@x.example\",\"password\":\"pw\"}";
        String signIn = "POST /api/v1/auth/login HTTP/1.1\r\nHost: test\r\nX-Forwarded-For: 198.51.100.61\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + credentials.length() + "\r\n\r\n"
                + credentials;

        try (Socket socket = connect()) {
            // One of the two sign-ins is over the limit of one a minute, and its refusal is sent half a second late.
            send(socket, signIn + signIn + PROBE);
            List<Integer> statuses = statuses(read(socket, 3));
            assertThat(statuses.subList(0, 2)).containsExactlyInAnyOrder(401, 429);
            assertThat(statuses.get(2)).isEqualTo(200);
        }
        assertThat(seen()).containsExactly("/api/v1/auth/login", "/api/v1/auth/login", "/health/liveness");
    }

    @Test
    void aProbeThatAnnouncesABodyGoesToTheController() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /health/liveness HTTP/1.1\r\nHost: test\r\nContent-Length: 4\r\n\r\nping"
                    + "GET /health/liveness HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                    + PROBE);
            List<Answer> answers = read(socket, 3);
            assertThat(statuses(answers)).containsExactly(200, 200, 200);
            assertThat(answers).extracting(Answer::body).containsOnly("{\"status\":\"UP\"}");
        }
        assertThat(seen()).containsExactly("/health/liveness", "/health/liveness");
    }

    @Test
    void aProbeThatAsksForTheConnectionToCloseIsAnsweredAndClosed() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /health/liveness HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
            Answer answer = read(socket, 1).get(0);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.headers()).containsEntry("connection", "close");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        try (Socket socket = connect()) {
            send(socket, "GET /health/liveness HTTP/1.0\r\n\r\n");
            Answer answer = read(socket, 1).get(0);
            assertThat(answer.statusLine()).startsWith("HTTP/1.0 200 ");
            assertThat(answer.headers()).doesNotContainKey("connection");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(seen()).isEmpty();
    }

    @Test
    void anHttp10ProbeThatAsksToKeepTheConnectionIsAnsweredAndKeepsIt() throws IOException {
        String probe = "GET /health/liveness HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
        try (Socket socket = connect()) {
            send(socket, probe);
            Answer first = read(socket, 1).get(0);
            send(socket, probe);
            Answer second = read(socket, 1).get(0);
            assertThat(List.of(first, second)).allSatisfy(answer -> {
                assertThat(answer.statusLine()).startsWith("HTTP/1.0 200 ");
                assertThat(answer.headers()).containsEntry("connection", "keep-alive");
            });
        }
        assertThat(seen()).isEmpty();
    }

    /**
     * A client that sends probes and reads none of the answers holds up only itself: the server stops reading from it
     * once its answers wait, instead of queuing answers (in direct memory) for as long as it keeps sending.
     */
    @Test
    void aClientThatReadsNoAnswersIsNotAnsweredWithoutEnd() throws IOException {
        byte[] probes = PROBE.repeat(1_000).getBytes(StandardCharsets.US_ASCII);
        long sendAtMost = 24L * 1024 * 1024;
        long directBefore = directMemoryUsed();
        long sent = 0;
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", port()));
            ExecutorService sender = Executors.newSingleThreadExecutor();
            try {
                OutputStream out = socket.getOutputStream();
                while (sent < sendAtMost) {
                    Future<?> write = sender.submit(() -> {
                        out.write(probes);
                        return null;
                    });
                    try {
                        write.get(2, TimeUnit.SECONDS);
                    } catch (TimeoutException heldUp) {
                        break; // the server has stopped reading from this client
                    } catch (InterruptedException | ExecutionException e) {
                        throw new AssertionError(e);
                    }
                    sent += probes.length;
                }
                long queued = directMemoryUsed() - directBefore;

                assertThat(sent).as("the client was held up before it could send it all").isLessThan(sendAtMost);
                assertThat(queued).as("answers queued for it").isLessThan(16L * 1024 * 1024);
            } finally {
                socket.close();
                sender.shutdownNow();
            }
        }
        assertThat(server.client().get("/health/liveness", null).status()).isEqualTo(200);
        seen().clear(); // the probes handed on reached the filters, which is what should happen to them
    }

    @Test
    void withAManagementPortTheMainPortTakesNoProbe() throws IOException {
        try (WebAdapterServer withManagementPort = WebAdapterServer.start(Map.of("liveness-probes-test", "on",
                "endpoints.all.port", 0))) {
            ApiClient.Reply probe = withManagementPort.client().get("/health/liveness", null);

            assertThat(probe.status()).isEqualTo(404);
            assertThat(withManagementPort.context().getBean(SeenByFilters.class).paths)
                    .containsExactly("/health/liveness");
        }
    }

    private static int port() {
        return server.context().getBean(EmbeddedServer.class).getPort();
    }

    private static long directMemoryUsed() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }

    private static List<String> seen() {
        return server.context().getBean(SeenByFilters.class).paths;
    }

    private static double probesTimed() {
        return server.context().getBean(MeterRegistry.class).find("http.server.requests")
                .tags("method", "GET", "uri", "/health/liveness", "status", "200").timers().stream()
                .mapToDouble(timer -> timer.count()).sum();
    }

    private static Socket connect() throws IOException {
        return RawHttp.connect(port());
    }
}
