package io.sellercenter.accesstokens.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Guards passwords against guessing: after {@code maxFailures} failed sign-ins in a row for one account, each within
 * {@code duration} of the one before, that account may not sign in until {@code duration} after the last failure.
 * A successful sign-in ends the row. Unknown accounts are counted alike, so a lockout tells nothing about who exists.
 */
public record SignInLockout(int maxFailures, Duration duration) {
    public SignInLockout {
        Objects.requireNonNull(duration, "duration");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive");
        }
    }

    /** When an account with {@code failures} failures in a row, the last at {@code lastFailureAt}, may try again. */
    public Optional<Instant> lockedUntil(int failures, Instant lastFailureAt, Instant now) {
        Instant until = lastFailureAt.plus(duration);
        return failures >= maxFailures && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** A failure at {@code now} continues the row only if the previous one came after this moment. */
    public Instant rowContinuesAfter(Instant now) {
        return now.minus(duration);
    }
}
