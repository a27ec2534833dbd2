package io.sellercenter.accesstokens.adapter.web.testsupport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the answers to what goes wrong: a failure nobody expected is a plain 500 that tells nothing; a database that
 * is away is a 503 with Retry-After; a client past its allowance of refused tokens is a 429.
 */
public final class Failures {
    /** An access token nobody has: refused, and counted against the client's allowance of refusals. */
    public static final String UNKNOWN_TOKEN = "Bearer sct_" + "A".repeat(30) + "000000";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Failures() {
    }

    /** Calls {@code call} while the application's database is away and checks the 503 it answers. */
    public static void assertUnavailable(InMemoryApplication application, Supplier<ApiClient.Reply> call) {
        application.takeAway();
        try {
            ApiClient.Reply reply = call.get();
            Problems.assertProblem(reply, 503, "service-unavailable");
            assertThat(reply.header("Retry-After"))
                    .isEqualTo(String.valueOf(InMemoryApplication.DATABASE_RETRY_AFTER.toSeconds()));
        } finally {
            application.repair();
        }
    }

    /**
     * From a client address of its own, has as many tokens refused as the server allows a client in a minute, then
     * checks that {@code call} (made with {@link #UNKNOWN_TOKEN}) is refused at 429 with Retry-After, unlooked-up, and
     * no sooner than the refusal delay.
     */
    public static void assertRateLimited(WebAdapterServer server, Function<ApiClient, ApiClient.Reply> call) {
        ApiClient client = server.client().from("198.51.100." + CLIENTS.incrementAndGet());
        long allowance = server.context().getProperty("access-tokens.rate-limits.refused-tokens-per-minute",
                Long.class, 60L);
        for (long i = 0; i < allowance; i++) {
            assertThat(client.get("/api/v1/me", UNKNOWN_TOKEN).status()).isEqualTo(401);
        }
        Duration delay = server.context().getProperty("access-tokens.rate-limits.refusal-delay", Duration.class,
                Duration.ofMillis(250));
        long started = System.nanoTime();
        ApiClient.Reply reply = call.apply(client);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Problems.assertProblem(reply, 429, "rate-limited");
        assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(took).as("sent no sooner than the refusal delay").isGreaterThanOrEqualTo(delay);
    }

    /** Calls {@code call} while the application is broken down and checks the 500 it answers. */
    public static void assertPlain500(InMemoryApplication application, Supplier<ApiClient.Reply> call) {
        application.breakDown();
        try {
            ApiClient.Reply reply = call.get();
            Problems.assertProblem(reply, 500, "internal-error");
            assertThat(reply.body()).doesNotContain("SELECT").doesNotContain("10.0.0.5").doesNotContain("refused")
                    .doesNotContain("IllegalState");
        } finally {
            application.repair();
        }
    }
}
