package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;
import io.sellercenter.accesstokens.adapter.web.http.Origins;
import io.sellercenter.accesstokens.adapter.web.http.RateLimit;
import io.sellercenter.accesstokens.adapter.web.http.RateLimitNames;
import io.sellercenter.accesstokens.adapter.web.http.RateLimited;
import io.sellercenter.accesstokens.application.port.in.authentication.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;

/**
 * Authenticates API calls that carry an access token in the {@code Authorization} header, in any of the forms the
 * seller API documents: {@code Bearer <token>}, {@code Token <token>} or the bare token (scheme case-insensitive).
 * Session JWTs are left to micronaut-security's own bearer fetcher. A check that needs no I/O (a malformed secret, a
 * cached token) is answered right here on the event loop; one that must ask the database moves to the
 * {@link BlockingPool}. Every refusal counts against the client address's allowance; a lookup is paid for in advance,
 * so that an address never gets more lookups of unknown tokens than its allowance, and past it
 * {@link RefusedTokensFilter} answers 429.
 */
@Singleton
class AccessTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private final AuthenticateAccessTokenUseCase authenticate;
    private final BlockingPool blocking;
    private final AuthenticationMetrics metrics;
    private final Origins origins;
    private final RateLimit refusalsPerAddress;

    AccessTokenAuthenticationFetcher(AuthenticateAccessTokenUseCase authenticate, BlockingPool blocking,
                                     AuthenticationMetrics metrics, Origins origins,
                                     @Named(RateLimitNames.REFUSED_TOKENS) RateLimit refusalsPerAddress) {
        this.refusalsPerAddress = refusalsPerAddress;
        this.origins = origins;
        this.authenticate = authenticate;
        this.blocking = blocking;
        this.metrics = metrics;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> presented = presentedToken(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        if (presented.isEmpty()) {
            return Mono.empty();
        }
        long start = System.nanoTime();
        TokenPresentation presentation = TokenPresentation.call(presented.get(), origins.of(request));
        String client = RateLimit.clientKey(presentation.origin().clientIp());
        Optional<TokenCheck> withoutIo = authenticate.checkWithoutIo(presentation);
        if (withoutIo.isPresent()) {
            TokenCheck check = withoutIo.get();
            metrics.authentication(check, start);
            if (check instanceof TokenCheck.Valid valid) {
                return Mono.just(CallerClaims.accessToken(valid.token()));
            }
            refusalsPerAddress.take(client);
            return Mono.empty();
        }
        // A lookup is paid for with a refusal in advance, given back if the token is valid or the lookup could not be
        // made (the database away, the pool full): however many arrive at once, an address gets no more lookups of
        // unknown tokens than its allowance, and an outage uses none of it.
        Optional<Duration> usedUp = refusalsPerAddress.tryTake(client);
        if (usedUp.isPresent()) {
            return Mono.error(new RateLimited(refusalsPerAddress.name(), usedUp.get()));
        }
        return Mono.fromFuture(() -> blocking.supply(() -> {
            TokenCheck check = authenticate.check(presentation);
            metrics.authentication(check, start);
            if (check instanceof TokenCheck.Valid valid) {
                refusalsPerAddress.giveBack(client);
                return CallerClaims.accessToken(valid.token());
            }
            return null;
        }).whenComplete((caller, failure) -> {
            if (failure != null) {
                refusalsPerAddress.giveBack(client);
            }
        }));
    }

    /** The credential of an {@code Authorization} header meant as an access token; JWTs (with dots) are not. */
    static Optional<String> presentedToken(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        String credential;
        if (space < 0) {
            credential = value;
        } else {
            if (!isScheme(value, space, "bearer") && !isScheme(value, space, "token")) {
                return Optional.empty();
            }
            credential = value.substring(space + 1).strip();
        }
        return credential.isEmpty() || credential.indexOf('.') >= 0 ? Optional.empty() : Optional.of(credential);
    }

    /** Whether {@code value} starts with {@code scheme}, in any case, as a word of {@code length} characters. */
    private static boolean isScheme(String value, int length, String scheme) {
        return length == scheme.length() && value.regionMatches(true, 0, scheme, 0, length);
    }

    @Override
    public int getOrder() {
        return TokenAuthenticationFetcher.ORDER + 1;
    }
}
