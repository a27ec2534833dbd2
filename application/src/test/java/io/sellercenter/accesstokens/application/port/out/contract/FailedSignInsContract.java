package io.sellercenter.accesstokens.application.port.out.contract;

import io.sellercenter.accesstokens.application.port.out.account.FailedSignIns;
import io.sellercenter.accesstokens.domain.account.SignInLockout;
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
    private static final SignInLockout LOCKOUT = new SignInLockout(5, Duration.ofMinutes(15));

    protected abstract FailedSignIns failures();

    @Test
    void attemptsCountOnInTheirRowAndAnAttemptAfterTheLockoutStartsANewOne() {
        String account = newAccount();
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);

        assertThat(reserve(account, first)).isTrue();
        assertThat(reserve(account, first.plus(Duration.ofMinutes(10)))).isTrue();
        assertThat(failures().find(account))
                .contains(new FailedSignIns.Row(2, first.plus(Duration.ofMinutes(10))));

        Instant muchLater = first.plus(Duration.ofMinutes(40));
        assertThat(reserve(account, muchLater)).isTrue();
        assertThat(failures().find(account)).contains(new FailedSignIns.Row(1, muchLater));
    }

    @Test
    void aLockedOutAccountIsNotCountedFurtherUntilTheLockoutHasPassed() {
        String account = newAccount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < LOCKOUT.maxFailures(); i++) {
            assertThat(reserve(account, now)).isTrue();
        }

        assertThat(reserve(account, now.plus(Duration.ofMinutes(14)))).as("locked out").isFalse();
        assertThat(failures().find(account)).as("the lockout is not extended")
                .contains(new FailedSignIns.Row(LOCKOUT.maxFailures(), now));
        assertThat(reserve(account, now.plus(Duration.ofMinutes(16)))).as("the lockout has passed").isTrue();
        assertThat(failures().find(account).orElseThrow().failures()).isEqualTo(1);
    }

    @Test
    void accountsCountApart() {
        String one = newAccount();
        String other = newAccount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        reserve(one, now);
        reserve(one, now);
        reserve(other, now);

        assertThat(failures().find(one).orElseThrow().failures()).isEqualTo(2);
        assertThat(failures().find(other).orElseThrow().failures()).isEqualTo(1);
        assertThat(failures().find(newAccount())).isEmpty();
    }

    @Test
    void parallelAttemptsNeverGetPastTheLimit() throws Exception {
        String account = newAccount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> reserve(account, now));
        }
        int counted = 0;
        try {
            for (Future<Boolean> attempt : nodes.invokeAll(attempts)) {
                counted += attempt.get() ? 1 : 0;
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(counted).isEqualTo(LOCKOUT.maxFailures());
        assertThat(failures().find(account).orElseThrow().failures()).isEqualTo(LOCKOUT.maxFailures());
    }

    @Test
    void clearingEndsTheRowAndRowsTooOldToContinueAreForgotten() {
        String cleared = newAccount();
        String stale = newAccount();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        reserve(cleared, now);
        reserve(stale, now.minus(Duration.ofHours(1)));

        failures().clear(cleared);
        reserve(newAccount(), now);

        assertThat(failures().find(cleared)).isEmpty();
        assertThat(failures().find(stale)).isEmpty();
    }

    private boolean reserve(String account, Instant at) {
        return failures().reserveAttempt(account, at, LOCKOUT);
    }

    private static String newAccount() {
        return "someone-" + UUID.randomUUID() + "@example.com";
    }
}
