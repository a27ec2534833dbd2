package io.sellercenter.accesstokens.application.port;

import java.time.Duration;
import java.util.Objects;

/**
 * Something the core needs is away or at capacity for now (the database is unreachable, password checks are all
 * busy): nothing was done, and the same call may succeed after {@link #retryAfter()}. Thrown through any port, by an
 * adapter that knows its dependency failed, never for a business outcome. It names the dependency and nothing else.
 */
public class TemporarilyUnavailable extends RuntimeException {
    private final Duration retryAfter;

    /** {@code dependency}: a short, stable name such as {@code database}, for metrics and logs. */
    public TemporarilyUnavailable(String dependency, Duration retryAfter) {
        super(dependency, null, false, false);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public String dependency() {
        return getMessage();
    }

    /** How long the caller had better wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
