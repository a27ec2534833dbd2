package io.sellercenter.accesstokens.application.port;

import java.time.Duration;
import java.util.Objects;

/**
 * Something the core needs is away or at capacity for now (the database is unreachable, password checks are all
 * busy): nothing was done, and the same call may succeed after {@link #retryAfter()}. Thrown through any port, by an
 * adapter that knows its dependency failed, never for a business outcome. It names the dependency and nothing else,
 * and says whether the dependency is away or only full ({@link #atCapacity}): a refusal at capacity is the service
 * holding work back, which a caller that retries at once must not turn into a flood, while an outage is reported as
 * soon as it is known.
 */
public class TemporarilyUnavailable extends RuntimeException {
    private final Duration retryAfter;
    private final boolean atCapacity;

    /** {@code dependency}, a short, stable name such as {@code database} for metrics and logs, is away. */
    public TemporarilyUnavailable(String dependency, Duration retryAfter) {
        this(dependency, retryAfter, false);
    }

    private TemporarilyUnavailable(String dependency, Duration retryAfter, boolean atCapacity) {
        super(dependency, null, false, false);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.atCapacity = atCapacity;
    }

    /** {@code dependency} is there, but has no room for more work now. */
    public static TemporarilyUnavailable atCapacity(String dependency, Duration retryAfter) {
        return new TemporarilyUnavailable(dependency, retryAfter, true);
    }

    public String dependency() {
        return getMessage();
    }

    /** Whether the dependency is only full, not away. */
    public boolean isAtCapacity() {
        return atCapacity;
    }

    /** How long the caller had better wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
