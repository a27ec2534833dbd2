package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.sellercenter.accesstokens.adapter.web.http.RequestValues;

import java.util.function.BiConsumer;

/**
 * Tells clients, and the services behind this one, what their token is: every response to a token-authenticated call
 * carries its expiry and its scopes (space-separated, or {@code *} for full access), refusals included, which is why
 * this filter wraps the security filter.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AccessTokenExpiryHeaderFilter implements Ordered {
    public static final String HEADER = "Access-Token-Expires-At";
    public static final String SCOPES_HEADER = "Access-Token-Scopes";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    void addExpiry(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getUserPrincipal(Authentication.class).map(Caller::of)
                .filter(Caller.Token.class::isInstance)
                .map(Caller.Token.class::cast)
                .ifPresent(token -> addTo(token, response::header));
    }

    /** Gives the headers a response to a call with this token carries, by name and value, to {@code headers}. */
    static void addTo(Caller.Token token, BiConsumer<String, String> headers) {
        headers.accept(HEADER, RequestValues.format(token.validUntil()));
        headers.accept(SCOPES_HEADER, token.limits().scopes().text());
    }
}
