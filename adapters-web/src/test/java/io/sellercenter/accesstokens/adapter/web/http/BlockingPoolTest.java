package io.sellercenter.accesstokens.adapter.web.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertProblem;
import static io.sellercenter.accesstokens.application.testsupport.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocking pool has a bound: with its threads and queue taken (here, by token checks waiting on a database that
 * does not answer), another token check is refused at once with 503 and Retry-After, sent late like other refusals at
 * capacity, and a check that waited too long for a thread is refused instead of done. A signed-in caller's call to a
 * blocking controller waits its turn, and what needs no blocking goes on.
 */
class BlockingPoolTest {

    @Test
    void pastItsThreadAndQueueATokenCheckIs503WhileControllersWaitTheirTurnAndCachedTokensGoOn() throws Exception {
        try (WebAdapterServer server = WebAdapterServer.start(Map.of("access-tokens.blocking-pool.threads", 1,
                "access-tokens.blocking-pool.queue", 1, "access-tokens.blocking-pool.max-wait", "1m"))) {
            ApiClient api = server.client();
            MeterRegistry meters = server.context().getBean(MeterRegistry.class);
            String admin = admin(server);
            String cached = "Bearer " + newToken(api, admin);
            assertThat(api.get("/api/v1/me", cached).status()).isEqualTo(200);
            String first = "Bearer " + newToken(api, admin);
            String second = "Bearer " + newToken(api, admin);
            String third = "Bearer " + newToken(api, admin);

            server.application().slowDown();
            Held held;
            CompletableFuture<ApiClient.Reply> listing;
            try {
                held = holdTheThreadAndQueue(api, meters, first, second);

                long started = System.nanoTime();
                ApiClient.Reply refused = api.get("/api/v1/me", third);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertProblem(refused, 503, "service-unavailable");
                assertThat(refused.header("Retry-After")).isEqualTo("1");
                assertThat(took).as("a refusal at capacity is sent late, so that a flooding connection gets few")
                        .isGreaterThanOrEqualTo(refusalDelay(server));
                listing = CompletableFuture.supplyAsync(() -> api.get("/api/v1/access-tokens", admin));
                until("the signed-in call waits its turn", () -> executor(meters, "executor.queued") == 2);
                assertThat(api.get("/api/v1/me", cached).status()).as("answered from memory").isEqualTo(200);
                assertThat(api.get("/api/v1/me", "Bearer not-a-token").status()).isEqualTo(401);
                assertThat(listing).isNotDone();
                assertThat(meters.counter("access_tokens.unavailable", "dependency", BlockingPool.DEPENDENCY).count())
                        .isEqualTo(1);
            } finally {
                server.application().repair();
            }

            assertThat(held.checking().get().status()).isEqualTo(200);
            assertThat(held.waiting().get().status()).isEqualTo(200);
            assertThat(listing.get().status()).isEqualTo(200);
            assertThat(api.get("/api/v1/me", third).status()).isEqualTo(200);
        }
    }

    @Test
    void aCheckThatWaitedLongerThanTheMaxWaitIsRefusedWhenItsTurnComes() throws Exception {
        Duration maxWait = Duration.ofMillis(300);
        try (WebAdapterServer server = WebAdapterServer.start(Map.of("access-tokens.blocking-pool.threads", 1,
                "access-tokens.blocking-pool.max-wait", maxWait.toMillis() + "ms"))) {
            ApiClient api = server.client();
            MeterRegistry meters = server.context().getBean(MeterRegistry.class);
            String admin = admin(server);
            String first = "Bearer " + newToken(api, admin);
            String second = "Bearer " + newToken(api, admin);

            server.application().slowDown();
            Held held;
            try {
                held = holdTheThreadAndQueue(api, meters, first, second);
                Thread.sleep(maxWait.multipliedBy(2).toMillis());
            } finally {
                server.application().repair();
            }

            assertThat(held.checking().get().status()).isEqualTo(200);
            ApiClient.Reply refused = held.waiting().get();
            assertProblem(refused, 503, "service-unavailable");
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(api.get("/api/v1/me", second).status()).as("not refused for itself").isEqualTo(200);
        }
    }

    /** The calls of a pool with one thread, the database slowed down: one holds the thread, one waits in the queue. */
    private record Held(CompletableFuture<ApiClient.Reply> checking, CompletableFuture<ApiClient.Reply> waiting) {
    }

    private static Held holdTheThreadAndQueue(ApiClient api, MeterRegistry meters, String first, String second)
            throws InterruptedException {
        CompletableFuture<ApiClient.Reply> checking = CompletableFuture.supplyAsync(() -> api.get("/api/v1/me", first));
        until("the first check holds the thread", () -> executor(meters, "executor.active") == 1);
        CompletableFuture<ApiClient.Reply> waiting = CompletableFuture.supplyAsync(() -> api.get("/api/v1/me", second));
        until("the second check waits in the queue", () -> executor(meters, "executor.queued") == 1);
        return new Held(checking, waiting);
    }

    private static double executor(MeterRegistry meters, String gauge) {
        return meters.get(gauge).tag("name", BlockingPool.NAME).gauge().value();
    }

    private static String admin(WebAdapterServer server) {
        InMemoryApplication.SellerUsers seller = server.application().newSeller("Busy Co");
        return server.client().signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
    }

    private static String newToken(ApiClient api, String session) {
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return api.post("/api/v1/access-tokens", session, "{\"validUntil\":\"" + validUntil + "\"}").text("token");
    }

    private static Duration refusalDelay(WebAdapterServer server) {
        return server.context().getProperty("access-tokens.rate-limits.refusal-delay", Duration.class,
                Duration.ofMillis(250));
    }
}
