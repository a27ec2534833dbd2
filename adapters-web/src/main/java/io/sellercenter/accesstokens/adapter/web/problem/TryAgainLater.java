package io.sellercenter.accesstokens.adapter.web.problem;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.sellercenter.accesstokens.adapter.web.http.RefusalDelay;
import io.sellercenter.accesstokens.adapter.web.http.RequestLogFilter;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers that tell a caller to come back later: 429 (a rate limit refused it) and 503 (something the service
 * needs is away or at capacity), with {@code Retry-After}, counted in the metrics. Floods are made of them, so the
 * places that refuse most (sign-in, the access-token check) answer through here directly: Micronaut looks up the
 * exception handler of a thrown exception anew on every request, which under a flood costs more than the rest of the
 * request together. Exception handlers answer through here too, for every other place.
 */
@Singleton
public class TryAgainLater {
    private static final Logger LOG = LoggerFactory.getLogger(TryAgainLater.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final MeterRegistry meters;
    private final Map<String, Counter> rateLimited = new ConcurrentHashMap<>();
    private final Map<String, Counter> unavailable = new ConcurrentHashMap<>();
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    TryAgainLater(MeterRegistry meters) {
        this.meters = meters;
    }

    /** 429: the limit named {@code limit} refused; try again after {@code wait}. */
    public MutableHttpResponse<Problem> rateLimited(String limit, Duration wait) {
        rateLimited.computeIfAbsent(limit, name -> meters.counter("access_tokens.rate_limited", "limit", name))
                .increment();
        return Problems.tryAgainLater(ProblemType.RATE_LIMITED,
                "Too many requests like this one from you; please slow down.", wait);
    }

    /**
     * 503: what {@code away} names is away or at capacity; logged at most once every ten seconds. A refusal at
     * capacity is sent late ({@link RefusalDelay}), an outage at once.
     */
    public MutableHttpResponse<Problem> unavailable(TemporarilyUnavailable away, HttpRequest<?> request) {
        if (away.isAtCapacity()) {
            RefusalDelay.delayUnavailable(request);
        }
        unavailable.computeIfAbsent(away.dependency(),
                dependency -> meters.counter("access_tokens.unavailable", "dependency", dependency)).increment();
        long last = lastLogged.get();
        long now = System.nanoTime();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warn("Answering 503: {} is unavailable ({} {})", away.dependency(), request.getMethodName(),
                    RequestLogFilter.loggablePath(request));
        }
        return Problems.tryAgainLater(ProblemType.SERVICE_UNAVAILABLE,
                "The service cannot do this right now; please try again shortly.", away.retryAfter());
    }
}
