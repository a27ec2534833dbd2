package io.sellercenter.accesstokens.adapter.web.http;

import java.time.Duration;

/** A {@link RateLimit} refused the request: answered 429 with when to try again. */
public final class RateLimited extends RuntimeException {
    private final Duration retryAfter;

    /** {@code limit}: the name of the limit that refused, for the metrics. */
    public RateLimited(String limit, Duration retryAfter) {
        super(limit, null, false, false);
        this.retryAfter = retryAfter;
    }

    public String limit() {
        return getMessage();
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Throws when {@code limit} has no event left for {@code key}, and takes one when it has. */
    public static void unlessAllowed(RateLimit limit, String key) {
        limit.tryTake(key).ifPresent(wait -> {
            throw new RateLimited(limit.name(), wait);
        });
    }
}
