package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service under a flood, with production password hashing: a sign-in flood from many addresses and a flood of
 * made-up tokens from one. Other callers keep being answered, the flood gets only the answers the contract documents
 * for it, and the audit trail grows by a row a minute, not a row a call. (How fast they are answered is for bench/.)
 */
class FloodEndToEndTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static RunningService service;
    private static SellerFixture seller;

    @BeforeAll
    static void start() {
        service = RunningService.start(PostgresDatabase.freshDatabaseUrl(), Map.of(
                "access-tokens.passwords.argon2-memory-kib", 19456,
                "access-tokens.passwords.argon2-iterations", 2,
                "access-tokens.http.trusted-proxies", "127.0.0.1,::1"));
        seller = SellerFixture.create(service, service.signInAsOperator(), "Flooded Co");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void tokenChecksKeepAnsweringThroughASignInFloodFromManyAddresses() throws Exception {
        String token = "Bearer " + newToken();
        Collection<Integer> floodAnswers = new ConcurrentLinkedQueue<>();
        List<Integer> tokenAnswers = new ArrayList<>();
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService attackers = Executors.newFixedThreadPool(64);
        List<Future<?>> flood = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                flood.add(attackers.submit(() -> {
                    while (flooding.get()) {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        ApiClient attacker = service.client().from("10." + random.nextInt(256) + "."
                                + random.nextInt(256) + "." + random.nextInt(1, 255));
                        floodAnswers.add(attacker.login("nobody-" + random.nextLong() + "@nowhere.example",
                                "a guess at a password").status());
                    }
                }));
            }
            while (floodAnswers.size() < 100) {
                Thread.sleep(10);
            }
            for (int i = 0; i < 50; i++) {
                tokenAnswers.add(service.get("/api/v1/me", token).status());
            }
        } finally {
            flooding.set(false);
            for (Future<?> attacker : flood) {
                attacker.get();
            }
            attackers.shutdown();
        }

        assertThat(tokenAnswers).as("token checks during the flood").hasSize(50).containsOnly(200);
        assertThat(Set.copyOf(floodAnswers)).as("the flood's answers").isSubsetOf(401, 503).contains(503);
        assertThat(service.get("/health/readiness", null).status()).isEqualTo(200);
        Eventually.until("a real user signs in once the flood has passed",
                () -> service.login(seller.adminEmail(), SellerFixture.PASSWORD).status() == 200);
    }

    @Test
    void madeUpTokensFromOneAddressCostAtMostItsAllowanceAndARowAMinuteWhileOthersGoOn() throws Exception {
        String attackerAddress = "203.0.113.66";
        ApiClient attacker = service.client().from(attackerAddress);
        ApiClient victim = service.client().from("198.51.100.9");
        String token = "Bearer " + newToken();
        Collection<Integer> floodAnswers = new ConcurrentLinkedQueue<>();
        ExecutorService flood = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 400; i++) {
            sent.add(flood.submit(() -> floodAnswers.add(attacker.get("/api/v1/me", "Bearer "
                    + TokenSecret.generate(RANDOM::nextInt).reveal()).status())));
        }
        List<Integer> victimAnswers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            victimAnswers.add(victim.get("/api/v1/me", token).status());
        }
        for (Future<?> call : sent) {
            call.get();
        }
        long floodSeconds = (long) Math.ceil((System.nanoTime() - started) / 1e9);
        flood.shutdown();

        assertThat(victimAnswers).containsOnly(200);
        long refused = floodAnswers.stream().filter(status -> status == 401).count();
        assertThat(Set.copyOf(floodAnswers)).containsExactlyInAnyOrder(401, 429);
        // 60 a minute, refilled evenly: the 429s are sent late, so the flood lasts seconds, each refilling one.
        assertThat(refused).as("looked up before the allowance ran out, or as it refilled")
                .isLessThanOrEqualTo(60 + floodSeconds);
        Eventually.until("the refusals are audited", () -> audited(attackerAddress)[1] == refused);
        assertThat(audited(attackerAddress)[0]).as("rows: one a minute (two if the flood crossed a minute)")
                .isBetween(1L, 2L);
    }

    private static String newToken() {
        return service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}").text("token");
    }

    /** Rows and occurrences of refused calls from {@code address}. */
    private static long[] audited(String address) {
        try (var connection = DriverManager.getConnection(service.jdbcUrl(), "postgres", "");
             var query = connection.prepareStatement("SELECT count(*), coalesce(sum(occurrences), 0) FROM audit_event"
                     + " WHERE client_ip = ? AND action = 'TOKEN_AUTHENTICATION_FAILED'")) {
            query.setString(1, address);
            try (var rows = query.executeQuery()) {
                rows.next();
                return new long[]{rows.getLong(1), rows.getLong(2)};
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
