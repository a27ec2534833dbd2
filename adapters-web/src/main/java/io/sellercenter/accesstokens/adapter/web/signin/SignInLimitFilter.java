package io.sellercenter.accesstokens.adapter.web.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.sellercenter.accesstokens.adapter.web.http.Origins;
import io.sellercenter.accesstokens.adapter.web.http.RateLimit;
import io.sellercenter.accesstokens.adapter.web.http.RateLimitNames;
import io.sellercenter.accesstokens.adapter.web.problem.TryAgainLater;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.Optional;

/**
 * A client address that has used up its sign-ins this minute gets 429 before anything else is done for the request:
 * its body is not even read. {@link SignInController} takes one sign-in from the allowance for each attempt. So does a
 * sign-in that password hashing has no room for (503), whatever its address: a flood from many addresses, which no
 * per-address allowance stops, is refused as cheaply, on the event loop. {@link SignInRefusalDelay} sends these
 * refusals late. The filter matches every path and picks the sign-in ones itself: while every filter matches every
 * path, Micronaut takes the same list of filters for each request without matching paths against patterns.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SignInLimitFilter implements Ordered {
    private static final Duration RETRY_WHEN_FULL = Duration.ofSeconds(1);
    private final Origins origins;
    private final RateLimit signInsPerAddress;
    private final TryAgainLater answers;
    private final SignInUseCase signIn;

    SignInLimitFilter(Origins origins, @Named(RateLimitNames.SIGN_IN) RateLimit signInsPerAddress,
                      TryAgainLater answers, SignInUseCase signIn) {
        this.origins = origins;
        this.signInsPerAddress = signInsPerAddress;
        this.answers = answers;
        this.signIn = signIn;
    }

    /** The sign-in paths: signing in for a token, and for a session (the page). */
    static boolean isSignIn(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals("/api/v1/auth/login") || path.equals("/api/v1/auth/session");
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseWhatCannotBeTakenOn(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || !isSignIn(request)) {
            return null;
        }
        Optional<Duration> usedUp = signInsPerAddress.usedUp(RateLimit.clientKey(origins.of(request).clientIp()));
        if (usedUp.isPresent()) {
            return answers.rateLimited(signInsPerAddress.name(), usedUp.get());
        }
        return signIn.hasRoom() ? null : answers.unavailable("password-hashing", RETRY_WHEN_FULL, request);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
