package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Token checks on one node: the cache, expiry by the clock, last use, the expiry header and introspection. */
class TokenAuthenticationEndToEndTest {
    private static final String TOKENS = "/api/v1/access-tokens";
    private static final String GATEWAY_SECRET = "gateway-secret-0123456789-0123456789";
    private static final String GATEWAY = "Basic " + java.util.Base64.getEncoder()
            .encodeToString(("gateway:" + GATEWAY_SECRET).getBytes());
    private static final MutableClock CLOCK = new MutableClock();
    private static RunningService service;
    private static SellerFixture seller;

    @BeforeAll
    static void start() {
        service = RunningService.start(PostgresDatabase.freshDatabaseUrl(),
                Map.of("access-tokens.introspection.clients.gateway.secret", GATEWAY_SECRET), CLOCK);
        seller = SellerFixture.create(service, service.signInAsOperator(), "Clockwork Co");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** Each test starts at the real time: one that moved the clock must not move it for the next. */
    @AfterEach
    void resetTheClock() {
        CLOCK.reset();
    }

    @Test
    void cachedTokenStopsWorkingExactlyWhenItsValidUntilPasses() {
        Instant validUntil = CLOCK.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String token = generate(validUntil).text("token");
        assertThat(service.get("/api/v1/me", "Bearer " + token).status()).isEqualTo(200);
        assertThat(cache().get(TokenSecret.parse(token).orElseThrow().hash())).as("now cached").isPresent();

        CLOCK.advance(Duration.between(CLOCK.now(), validUntil).minusSeconds(1));
        assertThat(service.get("/api/v1/me", "Bearer " + token).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(2));
        ApiClient.Reply expired = service.get("/api/v1/me", "Bearer " + token);

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void tokenAuthenticatedResponsesSayWhenTheTokenEnds() {
        ApiClient.Reply generated = generate(CLOCK.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS));

        ApiClient.Reply withToken = service.get("/api/v1/me", "Token " + generated.text("token"));
        ApiClient.Reply forbidden = service.get(TOKENS, "Token " + generated.text("token"));
        ApiClient.Reply withSession = service.get("/api/v1/me", seller.adminSession());

        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.header("Access-Token-Expires-At")).isEqualTo(generated.text("validUntil"));
        assertThat(forbidden.status()).as("an access token may not manage tokens").isEqualTo(403);
        assertThat(forbidden.header("Access-Token-Expires-At")).isEqualTo(generated.text("validUntil"));
        assertThat(withSession.header("Access-Token-Expires-At")).isNull();
    }

    @Test
    void lastUseIsRecordedOffTheRequestPath() {
        ApiClient.Reply generated = generate(CLOCK.now().plus(Duration.ofDays(3)));
        assertThat(generated.json()).containsEntry("lastUsedAt", null).containsEntry("lastUsedIp", null);

        // No proxy is trusted here, so a client that claims another address is not believed.
        service.get("/api/v1/me", "Bearer " + generated.text("token"), Map.of("X-Forwarded-For", "203.0.113.66"));

        Eventually.until("the last use is written", () ->
                service.get(TOKENS + "/" + generated.text("id"), seller.adminSession()).text("lastUsedAt") != null);
        ApiClient.Reply listed = service.get(TOKENS + "/" + generated.text("id"), seller.adminSession());
        assertThat(listed.text("lastUsedIp")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void useAndRevokeTogetherNeverLetARequestThroughAfterTheRevokeReturned() throws Exception {
        ApiClient.Reply generated = generate(CLOCK.now().plus(Duration.ofDays(3)));
        String authorization = "Bearer " + generated.text("token");
        AtomicBoolean running = new AtomicBoolean(true);
        // Weakly consistent: the checks below read it while the callers are still appending.
        Queue<long[]> sentAndStatus = new ConcurrentLinkedQueue<>();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            loops.add(callers.submit(() -> {
                while (running.get()) {
                    long sent = System.nanoTime();
                    int status = service.get("/api/v1/me", authorization).status();
                    sentAndStatus.add(new long[]{sent, status});
                }
            }));
        }
        Eventually.until("calls are flowing", () -> sentAndStatus.size() > 20);

        service.post(TOKENS + "/" + generated.text("id") + "/revoke", seller.adminSession(), null);
        long revokeReturned = System.nanoTime();
        Eventually.until("calls after the revocation", () -> sentAndStatus.stream().filter(c -> c[0] > revokeReturned)
                .count() > 20);
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get();
        }
        callers.shutdown();

        List<long[]> after = sentAndStatus.stream().filter(call -> call[0] > revokeReturned).toList();
        assertThat(sentAndStatus.stream().filter(call -> call[0] < revokeReturned && call[1] == 200)).isNotEmpty();
        assertThat(after).isNotEmpty().allSatisfy(call -> assertThat(call[1]).isEqualTo(401));
    }

    @Test
    void listenerThatLosesItsConnectionEmptiesTheCacheAndListensAgain() throws Exception {
        String token = generate(CLOCK.now().plus(Duration.ofDays(3))).text("token");
        var hash = TokenSecret.parse(token).orElseThrow().hash();
        service.get("/api/v1/me", "Bearer " + token);
        assertThat(cache().get(hash)).isPresent();

        try (var connection = DriverManager.getConnection(service.jdbcUrl(), "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'access-tokens-revocation-listener'"
                    + " AND datname = current_database()");
        }

        Eventually.until("the cache is emptied", () -> cache().get(hash).isEmpty());
        Eventually.until("the listener is back and the cache answers again", () -> {
            service.get("/api/v1/me", "Bearer " + token);
            return cache().get(hash).isPresent();
        });
    }

    @Test
    void introspectionDescribesAnActiveToken() {
        ApiClient.Reply generated = generate(CLOCK.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS));

        ApiClient.Reply reply = service.postForm("/api/v1/oauth/introspect", GATEWAY,
                "token=" + generated.text("token"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("active", true).containsEntry("token_type", "access_token")
                .containsEntry("sub", seller.sellerId()).containsEntry("seller_id", seller.sellerId())
                .containsEntry("jti", generated.text("id"));
        assertThat(((Number) reply.json().get("exp")).longValue())
                .isEqualTo(Instant.parse(generated.text("validUntil")).getEpochSecond());
        assertThat(((Number) reply.json().get("iat")).longValue())
                .isEqualTo(Instant.parse(generated.text("createdAt")).getEpochSecond());
    }

    @Test
    void introspectionSaysOnlyInactiveForAnythingElse() {
        ApiClient.Reply toRevoke = generate(CLOCK.now().plus(Duration.ofDays(3)));
        String revoked = toRevoke.text("token");
        assertThat(service.post(TOKENS + "/" + toRevoke.text("id") + "/revoke", seller.adminSession(), null).status())
                .isEqualTo(200);
        Instant soon = CLOCK.now().plus(Duration.ofMinutes(30));
        String expired = generate(soon).text("token");
        CLOCK.advance(Duration.ofHours(1));
        String unknown = TokenSecret.generate(bound -> 3).reveal();

        for (String token : new String[]{revoked, expired, unknown, "sct_malformed", "not even close"}) {
            ApiClient.Reply reply = service.postForm("/api/v1/oauth/introspect", GATEWAY,
                    "token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(reply.status()).as(token).isEqualTo(200);
            assertThat(reply.body()).as(token).isEqualTo("{\"active\":false}");
        }
    }

    @Test
    void introspectionRefusesClientsWithoutTheRightSecret() {
        String token = generate(CLOCK.now().plus(Duration.ofDays(3))).text("token");
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("gateway:guess".getBytes());
        String stranger = "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("other:" + GATEWAY_SECRET).getBytes());

        for (String authorization : new String[]{wrong, stranger, null, "Bearer " + token}) {
            ApiClient.Reply reply = service.postForm("/api/v1/oauth/introspect", authorization, "token=" + token);
            assertThat(reply.status()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(reply.body()).doesNotContain("active");
        }
    }

    private static KnownTokenCache cache() {
        return service.context().getBean(KnownTokenCache.class);
    }

    private static ApiClient.Reply generate(Instant validUntil) {
        ApiClient.Reply reply = service.post(TOKENS, seller.adminSession(),
                "{\"validUntil\":\"" + validUntil.truncatedTo(ChronoUnit.SECONDS) + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }
}
