package io.sellercenter.accesstokens.adapter.web.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.sellercenter.accesstokens.adapter.web.http.Origins;
import io.sellercenter.accesstokens.adapter.web.http.RateLimit;
import io.sellercenter.accesstokens.adapter.web.http.RateLimitNames;
import io.sellercenter.accesstokens.adapter.web.problem.TryAgainLater;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.Optional;

/**
 * A client address that has used up its sign-ins this minute gets 429 before anything else is done for the request:
 * its body is not even read. {@link SignInController} takes one sign-in from the allowance for each attempt.
 */
@ServerFilter({"/api/v1/auth/login", "/api/v1/auth/session"})
class SignInLimitFilter implements Ordered {
    private final Origins origins;
    private final RateLimit signInsPerAddress;
    private final TryAgainLater answers;

    SignInLimitFilter(Origins origins, @Named(RateLimitNames.SIGN_IN) RateLimit signInsPerAddress,
                      TryAgainLater answers) {
        this.origins = origins;
        this.signInsPerAddress = signInsPerAddress;
        this.answers = answers;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseAddressesPastTheirAllowance(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST) {
            return null;
        }
        Optional<Duration> usedUp = signInsPerAddress.usedUp(RateLimit.clientKey(origins.of(request).clientIp()));
        return usedUp.<HttpResponse<?>>map(wait -> answers.rateLimited(signInsPerAddress.name(), wait)).orElse(null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
