package io.sellercenter.accesstokens.adapter.persistence.signin;

import io.sellercenter.accesstokens.adapter.persistence.PersistenceContext;
import io.micronaut.context.ApplicationContext;
import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class FailedSignInPersistenceTest {
    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static ApplicationContext context;
    private static FailedSignIns failures;
    private static Transactions transactions;

    @BeforeAll
    static void start() {
        context = PersistenceContext.start();
        failures = context.getBean(FailedSignIns.class);
        transactions = context.getBean(Transactions.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void failuresCountOnInTheirRowAndAFailureAfterTheLockoutStartsANewOne() {
        String account = newAccount();
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);

        add(account, first);
        add(account, first.plus(Duration.ofMinutes(10)));
        assertThat(failures.find(account)).contains(new FailedSignIns.Row(2, first.plus(Duration.ofMinutes(10))));

        Instant muchLater = first.plus(Duration.ofMinutes(40));
        add(account, muchLater);
        assertThat(failures.find(account)).contains(new FailedSignIns.Row(1, muchLater));
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        String account = newAccount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Callable<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> transactions.inTransaction(() -> {
                add(account, now);
                return null;
            }));
        }
        for (Future<Object> attempt : nodes.invokeAll(attempts)) {
            attempt.get();
        }
        nodes.shutdown();

        assertThat(failures.find(account).orElseThrow().failures()).isEqualTo(40);
    }

    @Test
    void clearingEndsTheRowAndOldRowsAreDeletedWhenAFailureIsCounted() throws Exception {
        String cleared = newAccount();
        String stale = newAccount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        add(cleared, now);
        add(stale, now.minus(Duration.ofHours(1)));

        failures.clear(cleared);
        add(newAccount(), now);

        assertThat(failures.find(cleared)).isEmpty();
        assertThat(failures.find(stale)).isEmpty();
    }

    @Test
    void theAccountIsStoredOnlyAsItsHash() throws Exception {
        String account = newAccount();
        add(account, Instant.now());

        try (var connection = DriverManager.getConnection(
                context.getRequiredProperty("datasources.default.url", String.class), "postgres", "");
             var rows = connection.createStatement().executeQuery("SELECT account_hash FROM failed_sign_in")) {
            List<String> stored = new ArrayList<>();
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
            assertThat(stored).isNotEmpty().allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"))
                    .noneMatch(hash -> hash.contains(account));
        }
    }

    private static void add(String account, Instant at) {
        failures.add(account, at, at.minus(LOCKOUT));
    }

    private static String newAccount() {
        return "someone-" + UUID.randomUUID() + "@example.com";
    }
}
