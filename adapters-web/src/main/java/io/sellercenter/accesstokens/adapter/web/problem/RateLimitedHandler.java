package io.sellercenter.accesstokens.adapter.web.problem;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.sellercenter.accesstokens.adapter.web.http.RateLimited;
import jakarta.inject.Singleton;

/** A rate limit refused the request: 429 with {@code Retry-After} in seconds, counted by the limit that refused. */
@Produces
@Singleton
class RateLimitedHandler implements ExceptionHandler<RateLimited, HttpResponse<Problem>> {
    private final MeterRegistry meters;

    RateLimitedHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RateLimited exception) {
        meters.counter("access_tokens.rate_limited", "limit", exception.limit()).increment();
        return Problems.tryAgainLater(ProblemType.RATE_LIMITED,
                "Too many requests like this one from you; please slow down.", exception.retryAfter());
    }
}
