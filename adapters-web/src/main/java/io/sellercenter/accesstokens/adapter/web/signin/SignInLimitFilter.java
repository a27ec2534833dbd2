package io.sellercenter.accesstokens.adapter.web.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.sellercenter.accesstokens.adapter.web.http.Origins;
import io.sellercenter.accesstokens.adapter.web.http.RateLimit;
import io.sellercenter.accesstokens.adapter.web.http.RateLimitNames;
import io.sellercenter.accesstokens.adapter.web.problem.TryAgainLater;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;

/**
 * A client address that has used up its sign-ins this minute gets 429 before anything else is done for the request:
 * its body is not even read. {@link SignInController} takes one sign-in from the allowance for each attempt. So does a
 * sign-in that password hashing has no room for (503), whatever its address: a flood from many addresses, which no
 * per-address allowance stops, is refused as cheaply, on the event loop. Every refusal to try again later (429 or 503,
 * this filter's or the controller's, a lockout's included) is sent {@code refusal-delay} late, holding nothing but a
 * timer meanwhile: a flooding connection then gets a few answers a second instead of thousands, and leaves the
 * node's time to the token checks.
 */
@ServerFilter({"/api/v1/auth/login", "/api/v1/auth/session"})
class SignInLimitFilter implements Ordered {
    private static final Duration RETRY_WHEN_FULL = Duration.ofSeconds(1);
    private final Origins origins;
    private final RateLimit signInsPerAddress;
    private final TryAgainLater answers;
    private final SignInUseCase signIn;
    private final Duration refusalDelay;

    SignInLimitFilter(Origins origins, @Named(RateLimitNames.SIGN_IN) RateLimit signInsPerAddress,
                      TryAgainLater answers, SignInUseCase signIn,
                      @Value("${access-tokens.rate-limits.refusal-delay:250ms}") Duration refusalDelay) {
        this.origins = origins;
        this.signInsPerAddress = signInsPerAddress;
        this.answers = answers;
        this.signIn = signIn;
        this.refusalDelay = refusalDelay;
    }

    @RequestFilter
    Publisher<MutableHttpResponse<?>> refuseWhatCannotBeTakenOn(HttpRequest<?> request,
                                                                 FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        MutableHttpResponse<?> refusal = request.getMethod() == HttpMethod.POST ? refusal(request) : null;
        Mono<MutableHttpResponse<?>> answer = refusal == null ? Mono.from(next.proceed()) : Mono.just(refusal);
        return answer.flatMap(this::slowedIfRefused);
    }

    private Mono<MutableHttpResponse<?>> slowedIfRefused(MutableHttpResponse<?> answer) {
        int status = answer.code();
        boolean refused = status == HttpStatus.TOO_MANY_REQUESTS.getCode()
                || status == HttpStatus.SERVICE_UNAVAILABLE.getCode();
        if (!refused || refusalDelay.isZero()) {
            return Mono.just(answer);
        }
        return Mono.delay(refusalDelay).map(waited -> answer);
    }

    private @Nullable MutableHttpResponse<?> refusal(HttpRequest<?> request) {
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
