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
 * is sent {@code access-tokens.rate-limits.refusal-delay} late, and so is the 503 of a request marked with
 * {@link #delayUnavailable} (a sign-in while password hashing is at capacity). Meanwhile the answer holds nothing but
 * a timer, and Micronaut reads no further request from that connection: a flooding connection gets a few answers a
 * second instead of thousands, and leaves the node's time to the token checks. Any other response goes on at once.
 */
@Context
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RefusalDelay implements Ordered {
    private static final String UNAVAILABLE_TOO = RefusalDelay.class.getName() + ".unavailable";
    private final Duration delay;

    RefusalDelay(@Value("${access-tokens.rate-limits.refusal-delay:250ms}") Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException(
                    "access-tokens.rate-limits.refusal-delay must not be negative, was " + delay);
        }
        this.delay = delay;
    }

    /** Marks a request whose 503 is a refusal to try again later too, not an outage to report at once. */
    public static void delayUnavailable(HttpRequest<?> request) {
        request.setAttribute(UNAVAILABLE_TOO, Boolean.TRUE);
    }

    @ResponseFilter
    @Nullable
    CompletableFuture<Optional<MutableHttpResponse<?>>> slowRefusals(HttpRequest<?> request,
                                                                     MutableHttpResponse<?> response) {
        int status = response.code();
        boolean refused = status == HttpStatus.TOO_MANY_REQUESTS.getCode()
                || status == HttpStatus.SERVICE_UNAVAILABLE.getCode()
                && request.getAttribute(UNAVAILABLE_TOO).isPresent();
        if (!refused || delay.isZero()) {
            return null;
        }
        return Mono.delay(delay).map(waited -> Optional.<MutableHttpResponse<?>>of(response)).toFuture();
    }

    /** Outside the filters that refuse, so that their refusals are slowed too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
