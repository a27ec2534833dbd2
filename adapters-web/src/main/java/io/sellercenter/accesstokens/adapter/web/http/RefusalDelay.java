package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.context.annotation.Context;
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
 * Every 429 (a client past one of its allowances: sign-ins, refused tokens, generated tokens, or an e-mail locked out)
 * is sent {@code access-tokens.rate-limits.refusal-delay} late, and so is every 503 at capacity (marked with
 * {@link #delayUnavailable}: password hashing or the {@link BlockingPool} full) and a sign-in's bad input (a 4xx other
 * than the 401 of wrong credentials, on a request marked with {@link #delaySignInRefusals}). Meanwhile the answer holds
 * nothing but a timer, and Micronaut reads no further request from that connection: a flooding connection gets a few
 * answers a second instead of thousands, and leaves the node's time to the token checks. Bad input matters as much as
 * the rest: anyone may send it, from as many addresses as they like, and a body that is not JSON costs the node a parse
 * and four exceptions, ten token checks' worth of work. Any other response, an outage's 503 among them, goes on at
 * once.
 */
@Context
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RefusalDelay implements Ordered {
    private static final String SIGN_IN = RefusalDelay.class.getName() + ".sign-in";
    private static final String AT_CAPACITY = RefusalDelay.class.getName() + ".at-capacity";
    private final Duration delay;

    RefusalDelay(@Value("${access-tokens.rate-limits.refusal-delay:250ms}") Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException(
                    "access-tokens.rate-limits.refusal-delay must not be negative, was " + delay);
        }
        this.delay = delay;
    }

    /** Marks a sign-in attempt: its bad input is refused late. */
    public static void delaySignInRefusals(HttpRequest<?> request) {
        request.setAttribute(SIGN_IN, Boolean.TRUE);
    }

    /** Marks a request refused at capacity: its 503 is held back work, not an outage to report at once. */
    public static void delayUnavailable(HttpRequest<?> request) {
        request.setAttribute(AT_CAPACITY, Boolean.TRUE);
    }

    @ResponseFilter
    @Nullable
    CompletableFuture<Optional<MutableHttpResponse<?>>> slowRefusals(HttpRequest<?> request,
                                                                     MutableHttpResponse<?> response) {
        if (!refused(response.code(), request) || delay.isZero()) {
            return null;
        }
        return Mono.delay(delay).map(waited -> Optional.<MutableHttpResponse<?>>of(response)).toFuture();
    }

    private static boolean refused(int status, HttpRequest<?> request) {
        if (status == HttpStatus.TOO_MANY_REQUESTS.getCode()) {
            return true;
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE.getCode()) {
            return request.getAttribute(AT_CAPACITY).isPresent();
        }
        boolean badInput = status >= 400 && status < 500 && status != HttpStatus.UNAUTHORIZED.getCode();
        return badInput && request.getAttribute(SIGN_IN).isPresent();
    }

    /** Outside the filters that refuse, so that their refusals are slowed too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
