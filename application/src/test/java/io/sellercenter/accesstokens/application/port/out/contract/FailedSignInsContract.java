package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import org.junit.jupiter.api.Test;

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

/** What every {@link FailedSignIns} promises, whatever keeps the rows. */
public abstract class FailedSignInsContract {
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    protected abstract FailedSignIns failures();

    @Test
    void failuresCountOnInTheirRowAndAFailureAfterTheLockoutStartsANewOne() {
        String account = newAccount();
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);

        add(account, first);
        add(account, first.plus(Duration.ofMinutes(10)));
        assertThat(failures().find(account))
                .contains(new FailedSignIns.Row(2, first.plus(Duration.ofMinutes(10))));

        Instant muchLater = first.plus(Duration.ofMinutes(40));
        add(account, muchLater);
        assertThat(failures().find(account)).contains(new FailedSignIns.Row(1, muchLater));
    }

    @Test
    void accountsCountApart() {
        String one = newAccount();
        String other = newAccount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        add(one, now);
        add(one, now);
        add(other, now);

        assertThat(failures().find(one).orElseThrow().failures()).isEqualTo(2);
        assertThat(failures().find(other).orElseThrow().failures()).isEqualTo(1);
        assertThat(failures().find(newAccount())).isEmpty();
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        String account = newAccount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Callable<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> {
                add(account, now);
                return null;
            });
        }
        try {
            for (Future<Object> attempt : nodes.invokeAll(attempts)) {
                attempt.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(failures().find(account).orElseThrow().failures()).isEqualTo(40);
    }

    @Test
    void clearingEndsTheRowAndRowsTooOldToContinueAreForgotten() {
        String cleared = newAccount();
        String stale = newAccount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        add(cleared, now);
        add(stale, now.minus(Duration.ofHours(1)));

        failures().clear(cleared);
        add(newAccount(), now);

        assertThat(failures().find(cleared)).isEmpty();
        assertThat(failures().find(stale)).isEmpty();
    }

    private void add(String account, Instant at) {
        failures().add(account, at, at.minus(LOCKOUT));
    }

    private static String newAccount() {
        return "someone-" + UUID.randomUUID() + "@example.com";
    }
}
