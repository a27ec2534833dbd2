package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.sellercenter.accesstokens.adapter.web.http.RequestLogFilter;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Something the service needs is away or at capacity: 503 with {@code Retry-After}, at once, so that a client or a
 * load balancer can go elsewhere or come back instead of waiting. Counted by what was away; logged at most once every
 * ten seconds, since an outage makes every request fail alike.
 */
@Produces
@Singleton
class UnavailableHandler implements ExceptionHandler<TemporarilyUnavailable, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnavailableHandler.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final MeterRegistry meters;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    UnavailableHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TemporarilyUnavailable exception) {
        meters.counter("access_tokens.unavailable", "dependency", exception.dependency()).increment();
        long last = lastLogged.get();
        long now = System.nanoTime();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warn("Answering 503: {} is unavailable ({} {})", exception.dependency(), request.getMethodName(),
                    RequestLogFilter.loggablePath(request));
        }
        return Problems.tryAgainLater(ProblemType.SERVICE_UNAVAILABLE,
                "The service cannot do this right now; please try again shortly.", exception.retryAfter());
    }
}
