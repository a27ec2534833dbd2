package io.sellercenter.accesstokens.adapter.web.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Every refusal of a sign-in to try again later (429 or 503: {@link SignInLimitFilter}'s, the controller's, a
 * lockout's) is sent {@code access-tokens.rate-limits.refusal-delay} late, holding nothing but a timer meanwhile: a
 * flooding connection then gets a few answers a second instead of thousands, and leaves the node's time to the token
 * checks. Any other response goes on at once.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SignInRefusalDelay implements Ordered {
    private final Duration delay;

    SignInRefusalDelay(@Value("${access-tokens.rate-limits.refusal-delay:250ms}") Duration delay) {
        this.delay = delay;
    }

    @ResponseFilter
    @Nullable
    CompletableFuture<Optional<MutableHttpResponse<?>>> slowRefusals(HttpRequest<?> request,
                                                                     MutableHttpResponse<?> response) {
        int status = response.code();
        boolean refused = status == HttpStatus.TOO_MANY_REQUESTS.getCode()
                || status == HttpStatus.SERVICE_UNAVAILABLE.getCode();
        if (!refused || delay.isZero() || !SignInLimitFilter.isSignIn(request)) {
            return null;
        }
        return Mono.delay(delay).map(waited -> Optional.<MutableHttpResponse<?>>of(response)).toFuture();
    }

    /** Outside the sign-in filter, so that its refusals are slowed too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
