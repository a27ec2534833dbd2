package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import org.reactivestreams.Publisher;
import reactor.core.Fuseable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * micronaut-security's {@link SecurityFilter}, decided on the spot when it can be. The service's configuration turns
 * micronaut-security's own filter off ({@code micronaut.security.filter.enabled: false}) and this one takes its place;
 * it is on whatever that setting says, and for every path whatever {@code micronaut.security.filter.pattern} says, so
 * that no setting leaves the API open (and so that, matching every path as the other filters do, it costs Micronaut no
 * pattern matching). The same authentication fetchers and security rules run in the same order with the same outcome:
 * the first authentication found is the caller's, the first rule that allows or rejects decides, and a rejection is
 * answered as micronaut-security's {@link AuthorizationException} is by {@link AuthorizationProblemHandler} (401
 * without a caller, 403 with one), but directly, without making and throwing the exception: a call without
 * credentials costs about 15 µs of CPU so, and 20 µs thrown. The other difference is in how: micronaut-security
 * chains every request through Reactor operators, which cost more than a token check itself; this filter asks each
 * fetcher and rule in turn and, while the answers are already there
 * ({@link Fuseable.ScalarCallable}: {@code Mono.just}, {@code Mono.empty}, {@code Mono.error}, the way Micronaut itself
 * tells a synchronous answer), decides without a reactive chain. From the first answer that is not (a database lookup,
 * a session check on the blocking pool) the rest is chained as micronaut-security would.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class EventLoopSecurityFilter implements Ordered {
    private static final Optional<MutableHttpResponse<?>> PROCEED = Optional.empty();
    private final List<AuthenticationFetcher<HttpRequest<?>>> fetchers;
    private final List<SecurityRule<HttpRequest<?>>> rules;
    private final boolean rejectNotFound;
    private final AuthorizationProblemHandler refusals;

    EventLoopSecurityFilter(List<AuthenticationFetcher<HttpRequest<?>>> fetchers,
                            List<SecurityRule<HttpRequest<?>>> rules, SecurityConfiguration configuration,
                            AuthorizationProblemHandler refusals) {
        this.fetchers = sorted(fetchers);
        this.rules = sorted(rules);
        this.rejectNotFound = configuration.isRejectNotFound();
        this.refusals = refusals;
    }

    private static <T extends Ordered> List<T> sorted(List<T> beans) {
        List<T> copy = new ArrayList<>(beans);
        OrderUtil.sort(copy);
        return List.copyOf(copy);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    /**
     * Null (go on) or the refusal when decided on the spot; otherwise a future that completes empty (go on) or with the
     * refusal.
     */
    @RequestFilter
    @Nullable
    CompletableFuture<Optional<MutableHttpResponse<?>>> authenticateAndAuthorize(HttpRequest<?> request) {
        request.setAttribute(SecurityFilter.KEY, true);
        for (int i = 0; i < fetchers.size(); i++) {
            Publisher<Authentication> found = fetchers.get(i).fetchAuthentication(request);
            if (!(found instanceof Fuseable.ScalarCallable<?> answered)) {
                return Flux.concat(Flux.from(found), Flux.fromIterable(fetchers.subList(i + 1, fetchers.size()))
                                .concatMap(fetcher -> fetcher.fetchAuthentication(request)))
                        .next().map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(caller -> Mono.fromFuture(() -> orProceed(authorize(request, caller.orElse(null), 0))))
                        .toFuture();
            }
            Authentication caller = (Authentication) call(answered);
            if (caller != null) {
                return authorize(request, caller, 0);
            }
        }
        return authorize(request, null, 0);
    }

    private @Nullable CompletableFuture<Optional<MutableHttpResponse<?>>> authorize(
            HttpRequest<?> request, @Nullable Authentication caller, int firstRule) {
        if (firstRule == 0) {
            request.setAttribute(SecurityFilter.AUTHENTICATION, caller);
        }
        for (int i = firstRule; i < rules.size(); i++) {
            Publisher<SecurityRuleResult> verdict = rules.get(i).check(request, caller);
            if (!(verdict instanceof Fuseable.ScalarCallable<?> answered)) {
                int next = i + 1;
                return Mono.from(verdict).defaultIfEmpty(SecurityRuleResult.UNKNOWN)
                        .flatMap(result -> result == SecurityRuleResult.UNKNOWN
                                ? Mono.fromFuture(() -> orProceed(authorize(request, caller, next)))
                                : Mono.fromFuture(() -> orProceed(decided(request, caller, result))))
                        .toFuture();
            }
            SecurityRuleResult result = (SecurityRuleResult) call(answered);
            if (result != null && result != SecurityRuleResult.UNKNOWN) {
                return decided(request, caller, result);
            }
        }
        boolean routed = RouteAttributes.getRouteMatch(request).isPresent();
        return routed || rejectNotFound ? decided(request, caller, SecurityRuleResult.REJECTED) : null;
    }

    private @Nullable CompletableFuture<Optional<MutableHttpResponse<?>>> decided(
            HttpRequest<?> request, @Nullable Authentication caller, SecurityRuleResult result) {
        if (result == SecurityRuleResult.ALLOWED) {
            return null;
        }
        request.setAttribute(SecurityFilter.REJECTION, caller == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
        return CompletableFuture.completedFuture(Optional.of(refusals.refused(request, caller)));
    }

    private static CompletableFuture<Optional<MutableHttpResponse<?>>> orProceed(
            @Nullable CompletableFuture<Optional<MutableHttpResponse<?>>> decision) {
        return decision == null ? CompletableFuture.completedFuture(PROCEED) : decision;
    }

    private static @Nullable Object call(Fuseable.ScalarCallable<?> answered) {
        try {
            return answered.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
