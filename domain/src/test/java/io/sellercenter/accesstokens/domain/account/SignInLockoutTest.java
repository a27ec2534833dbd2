package io.sellercenter.accesstokens.domain.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInLockoutTest {
    private static final SignInLockout LOCKOUT = new SignInLockout(3, Duration.ofMinutes(15));
    private static final Instant LAST_FAILURE = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void fewerFailuresThanTheLimitLockNothing() {
        assertThat(LOCKOUT.lockedUntil(2, LAST_FAILURE, LAST_FAILURE)).isEmpty();
    }

    @Test
    void reachingTheLimitLocksUntilTheDurationAfterTheLastFailure() {
        Instant until = LAST_FAILURE.plus(Duration.ofMinutes(15));

        assertThat(LOCKOUT.lockedUntil(3, LAST_FAILURE, LAST_FAILURE.plusSeconds(1))).contains(until);
        assertThat(LOCKOUT.lockedUntil(7, LAST_FAILURE, until.minusNanos(1))).contains(until);
        assertThat(LOCKOUT.lockedUntil(3, LAST_FAILURE, until)).isEmpty();
    }

    @Test
    void aFailureContinuesTheRowOnlyWithinTheDurationOfThePreviousOne() {
        assertThat(LOCKOUT.rowContinuesAfter(LAST_FAILURE)).isEqualTo(LAST_FAILURE.minus(Duration.ofMinutes(15)));
    }

    @Test
    void limitsMustMakeSense() {
        assertThatThrownBy(() -> new SignInLockout(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInLockout(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
