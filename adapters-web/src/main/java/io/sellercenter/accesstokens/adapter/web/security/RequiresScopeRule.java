package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import io.sellercenter.accesstokens.domain.token.Scope;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds access tokens to the {@link RequiresScope} of the endpoint they call, before the role rules: a token without
 * the scope is rejected (403, see {@link AuthorizationProblemHandler}); anything else is left to the other rules.
 */
@Singleton
class RequiresScopeRule implements SecurityRule<HttpRequest<?>> {
    /** The scope a rejected token lacked, for the answer. */
    static final String INSUFFICIENT_SCOPE = RequiresScopeRule.class.getName() + ".insufficientScope";
    private static final Mono<SecurityRuleResult> UNKNOWN = Mono.just(SecurityRuleResult.UNKNOWN);
    private final Map<RouteInfo<?>, Optional<Scope>> requiredByRoute = new ConcurrentHashMap<>();

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return UNKNOWN;
        }
        Optional<Scope> required = RouteAttributes.getRouteInfo(request).flatMap(this::requiredBy);
        if (required.isEmpty() || !(Caller.of(authentication) instanceof Caller.Token token)) {
            return UNKNOWN;
        }
        Scope wanted = required.get();
        if (token.limits().scopes().allows(wanted)) {
            return UNKNOWN;
        }
        request.setAttribute(INSUFFICIENT_SCOPE, wanted.text());
        return Mono.just(SecurityRuleResult.REJECTED);
    }

    /** The scope a route requires, read from its annotations once: routes are made at start, and never change. */
    private Optional<Scope> requiredBy(RouteInfo<?> route) {
        return requiredByRoute.computeIfAbsent(route, info -> info.getAnnotationMetadata()
                .stringValue(RequiresScope.class).map(text -> Scope.parse(text, "scope")));
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }
}
