package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.sellercenter.accesstokens.adapter.web.http.Origins;
import io.sellercenter.accesstokens.adapter.web.http.RateLimit;
import io.sellercenter.accesstokens.adapter.web.http.RateLimitNames;
import io.sellercenter.accesstokens.adapter.web.problem.TryAgainLater;
import io.sellercenter.accesstokens.application.port.in.authentication.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.Optional;

/**
 * A client address that has had its allowance of refused access tokens this minute gets 429 for any token this node
 * cannot vouch for from memory, before anything else is done for the request: no lookup, no security rules, no
 * exception. A token this node knows valid still goes through, so that a client sharing an address with an attacker
 * keeps working. {@link AccessTokenAuthenticationFetcher} counts the refusals.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RefusedTokensFilter implements Ordered {
    private final AuthenticateAccessTokenUseCase authenticate;
    private final Origins origins;
    private final RateLimit refusalsPerAddress;
    private final TryAgainLater answers;

    RefusedTokensFilter(AuthenticateAccessTokenUseCase authenticate, Origins origins,
                        @Named(RateLimitNames.REFUSED_TOKENS) RateLimit refusalsPerAddress, TryAgainLater answers) {
        this.authenticate = authenticate;
        this.origins = origins;
        this.refusalsPerAddress = refusalsPerAddress;
        this.answers = answers;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseClientsPastTheirAllowance(HttpRequest<?> request) {
        Optional<String> token = AccessTokenAuthenticationFetcher.presentedToken(
                request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty()) {
            return null;
        }
        Optional<Duration> usedUp = refusalsPerAddress.usedUp(RateLimit.clientKey(origins.of(request).clientIp()));
        if (usedUp.isEmpty()) {
            return null;
        }
        Optional<TokenCheck> known = authenticate.checkWithoutIo(TokenPresentation.inquiry(token.get()));
        if (known.isPresent() && known.get() instanceof TokenCheck.Valid) {
            return null;
        }
        return answers.rateLimited(refusalsPerAddress.name(), usedUp.get());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
