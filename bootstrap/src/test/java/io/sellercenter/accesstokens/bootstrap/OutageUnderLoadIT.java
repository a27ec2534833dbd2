package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.StoppablePostgres;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.sellercenter.accesstokens.bootstrap.ConfiguredByEnvironmentIT.database;
import static io.sellercenter.accesstokens.bootstrap.ConfiguredByEnvironmentIT.gauge;
import static io.sellercenter.accesstokens.bootstrap.ConfiguredByEnvironmentIT.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The started jar, its database stopped while many callers, each from an address of its own, present tokens it must
 * look up, theirs or made up (the cache is off while the database is away): every call is answered 503, and the node
 * keeps its threads, since the lookups share the blocking pool's threads and places (ACCESS_TOKENS_BLOCKING_POOL_*)
 * instead of each waiting out the connection timeout on a thread of its own. Then the database comes back and tokens
 * work again.
 */
class OutageUnderLoadIT {
    private static final int CALLERS = 200;

    @Test
    void manyTokenChecksDuringAnOutageAreAnswered503WithoutAThreadEach() {
        try (StoppablePostgres postgres = StoppablePostgres.started();
             ServiceProcess service = ServiceProcess.start("outage-under-load", with(database(postgres.jdbcUrl()),
                     "ACCESS_TOKENS_BLOCKING_POOL_THREADS", "4", "ACCESS_TOKENS_BLOCKING_POOL_QUEUE", "8",
                     "ACCESS_TOKENS_HTTP_TRUSTED_PROXIES", "127.0.0.1,::1"))) {
            ApiClient api = service.client();
            SellerFixture seller = SellerFixture.create(api, api.signIn(RunningService.OPERATOR_EMAIL,
                    RunningService.OPERATOR_PASSWORD), "Busy Co");
            String token = "Bearer " + api.post("/api/v1/access-tokens", seller.adminSession(),
                    "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}").text("token");
            assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
            Eventually.until("ready", () -> api.get("/health/readiness", null).status() == 200);
            double peakBefore = peakThreads(api);
            String madeUp = "Bearer " + TokenSecret.generate(new SecureRandom()::nextInt).reveal();

            postgres.stop();
            List<ApiClient.Reply> replies;
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            try {
                Eventually.until("the node knows the database is away",
                        () -> api.get("/health/readiness", null).status() == 503);
                List<CompletableFuture<ApiClient.Reply>> calls = IntStream.range(0, CALLERS)
                        .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.from("10.1.0." + (i + 1))
                                .get("/api/v1/me", i % 2 == 0 ? token : madeUp), callers))
                        .toList();
                replies = calls.stream().map(CompletableFuture::join).toList();
            } finally {
                callers.shutdownNow();
                postgres.start();
            }

            assertThat(replies).allSatisfy(reply -> {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
                assertThat(reply.header("Retry-After")).isNotNull();
            });
            String metrics = api.get("/prometheus", null).body();
            assertThat(metrics).containsPattern("access_tokens_unavailable_total\\{dependency=\"blocking-pool\",?} "
                    + "[1-9]");
            assertThat(peakThreads(api) - peakBefore).as("threads the outage added, for %d callers", CALLERS)
                    .isLessThan(CALLERS / 4.0);
            Eventually.until("the token works again", () -> api.get("/api/v1/me", token).status() == 200);
        }
    }

    private static double peakThreads(ApiClient api) {
        return gauge(api.get("/prometheus", null).body(), "jvm_threads_peak_threads");
    }
}
