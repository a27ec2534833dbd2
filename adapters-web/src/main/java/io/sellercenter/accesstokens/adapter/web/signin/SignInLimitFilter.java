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
import io.sellercenter.accesstokens.adapter.web.http.RefusalDelay;
import io.sellercenter.accesstokens.adapter.web.problem.TryAgainLater;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.Optional;

/**
 * A sign-in that cannot be taken on is refused before anything else is done for it, on the event loop, its body not
 * even read: 429 when its client address has used up its sign-ins this minute, and 503 when password hashing is at
 * capacity, whatever the address, so that a flood from many addresses, which no per-address allowance stops, is
 * refused as cheaply. Every attempt takes one from its address's allowance here, before its body is read, so a body
 * that is not even JSON counts as much as a wrong password; an attempt refused for capacity gives it back.
 * {@link RefusalDelay} sends these refusals late, and a sign-in's bad input too. The filter matches every path and
 * picks the sign-in ones itself: while every filter matches every path, Micronaut takes the same list of filters for
 * each request without matching paths against patterns.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SignInLimitFilter implements Ordered {
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
        return path.equals(SignInController.PATH + SignInController.LOGIN)
                || path.equals(SignInController.PATH + SignInController.SESSION);
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseWhatCannotBeTakenOn(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || !isSignIn(request)) {
            return null;
        }
        RefusalDelay.delaySignInRefusals(request);
        String client = RateLimit.clientKey(origins.of(request).clientIp());
        Optional<Duration> usedUp = signInsPerAddress.tryTake(client);
        if (usedUp.isPresent()) {
            return answers.rateLimited(signInsPerAddress.name(), usedUp.get());
        }
        Optional<TemporarilyUnavailable> full = signIn.atCapacity();
        if (full.isEmpty()) {
            return null;
        }
        signInsPerAddress.giveBack(client);
        return answers.unavailable(full.get(), request);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
