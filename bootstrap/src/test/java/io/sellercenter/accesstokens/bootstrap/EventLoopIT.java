package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing blocks an event loop thread: a call that waits there (for the database, a lock, a file) stalls every
 * connection that thread serves, and since cached token checks, liveness and the cached {@code /me} answer on the
 * event loop, one such call added to those paths would cut a node's throughput under load without failing a single
 * test that checks answers. BlockHound watches every blocking JDK call while the whole service (real database) goes
 * through each kind of request; each call on an event loop is recorded with its stack, and the test fails listing
 * them. Runs as an IT, in failsafe's JVM, where BlockHound's flag is set and no other test shares the process's
 * service.
 * <p>
 * Allowed, both known: logback handing a line over, under a lock held for a copy (both appenders give their lines
 * to a thread of their own, which alone waits for standard output, see logback.xml and BufferedStdoutAppenderTest),
 * and Micronaut opening one of the page's static files (and, the first time, its table of file types) from the jar,
 * which it does on the event loop; they are small and read from the page cache, and the page is asked for by people,
 * not by floods.
 */
class EventLoopIT {
    private static final String GATEWAY_SECRET = "gateway-secret-0123456789-0123456789";
    private static final String GATEWAY = "Basic " + java.util.Base64.getEncoder()
            .encodeToString(("gateway:" + GATEWAY_SECRET).getBytes());
    private static final Queue<String> BLOCKED = new ConcurrentLinkedQueue<>();
    private static RunningService service;

    @BeforeAll
    static void watchTheEventLoopsAndStart() {
        // With the integrations libraries ship (Netty's names its event loop threads as non-blocking).
        BlockHound.install(builder -> builder
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
                .allowBlockingCallsInside("ch.qos.logback.core.AsyncAppenderBase", "append")
                .allowBlockingCallsInside("io.micronaut.http.server.netty.NettyRequestLifecycle", "findFile")
                .blockingMethodCallback(method -> BLOCKED.add(Thread.currentThread().getName() + " blocked in "
                        + method + "\n" + stackOf(new Exception()))));
        service = RunningService.start(PostgresDatabase.freshDatabaseUrl(),
                Map.of("access-tokens.introspection.clients.gateway.secret", GATEWAY_SECRET));
        theWatchSeesASleepOnTheServersEventLoop();
    }

    /** A watch that sees nothing would pass whatever blocks: it must see a sleep on the server's own event loop. */
    private static void theWatchSeesASleepOnTheServersEventLoop() {
        try {
            service.context().getBean(EventLoopGroupRegistry.class).getDefaultEventLoopGroup().next()
                    .submit(() -> {
                        Thread.sleep(1);
                        return null;
                    }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not run on the event loop", e);
        }
        assertThat(List.copyOf(BLOCKED)).as("the watch saw the sleep").singleElement().asString()
                .contains("Thread.sleep");
        BLOCKED.clear();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void noRequestBlocksAnEventLoopThread() {
        String operator = service.signInAsOperator();
        SellerFixture seller = SellerFixture.create(service, operator, "Event Loop Co");
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        ApiClient.Reply generated = service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + validUntil + "\",\"note\":\"loop\",\"scopes\":[\"stock:read\"]}");
        assertThat(generated.status()).isEqualTo(201);
        String token = "Bearer " + generated.text("token");
        String id = generated.text("id");

        for (int i = 0; i < 3; i++) {
            assertThat(service.get("/api/v1/me", token).status()).isEqualTo(200);
            assertThat(service.postForm("/api/v1/oauth/introspect", GATEWAY, "token=" + generated.text("token"))
                    .text("active")).isEqualTo("true");
            assertThat(service.get("/health/liveness", null).status()).isEqualTo(200);
            assertThat(service.get("/api/v1/me", "Bearer sct_" + "A".repeat(30) + "000000").status())
                    .isEqualTo(401);
            assertThat(service.get("/api/v1/me", "Bearer nonsense").status()).isEqualTo(401);
            assertThat(service.client().from("198.51.100.9").get("/api/v1/me", null).status()).isEqualTo(401);
            assertThat(service.get("/api/v1/me", seller.adminSession()).status()).isEqualTo(200);
        }
        assertThat(service.get("/health/readiness", null).status()).isEqualTo(200);
        assertThat(service.get("/api/v1/access-tokens", seller.adminSession()).status()).isEqualTo(200);
        assertThat(service.get("/api/v1/access-tokens/" + id, seller.adminSession()).status()).isEqualTo(200);
        assertThat(service.get("/api/v1/audit-events", seller.adminSession()).status()).isEqualTo(200);
        assertThat(service.get("/", null).status()).isEqualTo(200);
        assertThat(service.get("/openapi.yml", null).status()).isEqualTo(200);
        assertThat(plainGet("/wp-login.php")).as("a path nothing serves").isEqualTo(404);
        assertThat(service.post("/api/v1/access-tokens/" + id + "/renew", seller.adminSession(), "{}").status())
                .isEqualTo(201);
        assertThat(service.get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(service.post("/api/v1/access-tokens", seller.adminSession(), "{\"validUntil\":\"yesterday\"}")
                .status()).isEqualTo(400);
        assertThat(service.post("/api/v1/access-tokens", seller.adminSession(), "{not json").status())
                .as("answered by an exception handler, on the thread the exception reached").isEqualTo(400);
        assertThat(service.post("/api/v1/auth/login", null, "{not json").status()).isEqualTo(400);
        assertThat(service.login(seller.adminEmail(), "wrong password").status()).isEqualTo(401);
        assertThat(service.delete("/api/v1/auth/session", seller.memberSession()).status()).isEqualTo(204);
        assertThat(service.get("/api/v1/me", seller.memberSession()).status()).isEqualTo(401);

        assertThat(List.copyOf(BLOCKED)).as("blocking calls on an event loop thread").isEmpty();
    }

    /** Straight over HTTP: a path in no contract. */
    private static int plainGet(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + service.port() + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String stackOf(Exception where) {
        StringWriter text = new StringWriter();
        where.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
