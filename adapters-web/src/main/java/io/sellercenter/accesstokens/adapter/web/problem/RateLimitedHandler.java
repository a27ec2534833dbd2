package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.sellercenter.accesstokens.adapter.web.http.RateLimited;
import jakarta.inject.Singleton;

/** A rate limit refused the request: 429 with {@code Retry-After} in seconds. */
@Produces
@Singleton
class RateLimitedHandler implements ExceptionHandler<RateLimited, HttpResponse<Problem>> {
    private final TryAgainLater answers;

    RateLimitedHandler(TryAgainLater answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RateLimited exception) {
        return answers.rateLimited(exception.limit(), exception.retryAfter());
    }
}
