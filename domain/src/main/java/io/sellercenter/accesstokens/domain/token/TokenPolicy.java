package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The limits a token's lifetime must respect: its end lies in the future and at most {@code maxLifetime} ahead. */
public record TokenPolicy(Duration maxLifetime) {
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofDays(365);

    public TokenPolicy {
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("maxLifetime must be positive");
        }
    }

    public Instant latestValidUntil(Instant now) {
        return now.plus(maxLifetime);
    }

    void checkValidUntil(Instant validUntil, Instant now) {
        if (validUntil == null) {
            throw new InvalidInput("validUntil", "is required");
        }
        if (!validUntil.isAfter(now)) {
            throw new InvalidInput("validUntil", "must be in the future");
        }
        if (validUntil.isAfter(latestValidUntil(now))) {
            throw new InvalidInput("validUntil", "must be at most " + maxLifetime.toDays() + " days ahead");
        }
    }
}
