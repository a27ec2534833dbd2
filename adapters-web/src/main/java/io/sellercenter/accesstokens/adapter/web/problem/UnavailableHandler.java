package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import jakarta.inject.Singleton;

/**
 * Something the service needs is away or at capacity: 503 with {@code Retry-After}, at once, so that a client or a
 * load balancer can go elsewhere or come back instead of waiting.
 */
@Produces
@Singleton
class UnavailableHandler implements ExceptionHandler<TemporarilyUnavailable, HttpResponse<Problem>> {
    private final TryAgainLater answers;

    UnavailableHandler(TryAgainLater answers) {
        this.answers = answers;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TemporarilyUnavailable exception) {
        return answers.unavailable(exception, request);
    }
}
