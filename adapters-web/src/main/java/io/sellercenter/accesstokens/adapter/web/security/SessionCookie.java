package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.reader.TokenReader;

import java.time.Duration;
import java.util.Optional;

/**
 * The browser's session: the session JWT in an HttpOnly, SameSite=Strict cookie for the whole site. By default it is
 * {@code Secure} and named with the {@code __Host-} prefix, which browsers accept only from a secure origin (HTTPS, or
 * http://localhost), without a Domain and for path {@code /}: no other host or path can set or shadow it. Where the
 * page must be served over plain HTTP from another host (development only), {@code access-tokens.session.cookie-secure:
 * false} drops both. Also the reader micronaut-security finds the session in.
 */
@Context
public class SessionCookie implements TokenReader<HttpRequest<?>> {
    static final String NAME = "access_tokens_session";
    static final String SECURE_NAME = "__Host-" + NAME;

    private final boolean secure;

    SessionCookie(@Value("${access-tokens.session.cookie-secure:true}") boolean secure,
                  @Value("${access-tokens.session.lifetime-seconds:900}") long lifetimeSeconds) {
        if (lifetimeSeconds < 1) {
            throw new IllegalArgumentException(
                    "access-tokens.session.lifetime-seconds must be at least 1, was " + lifetimeSeconds);
        }
        this.secure = secure;
    }

    /** Whether the cookie (and with it the whole site) is for HTTPS only. */
    public boolean secure() {
        return secure;
    }

    public String name() {
        return secure ? SECURE_NAME : NAME;
    }

    /** The cookie that carries {@code jwt} for {@code lifetime}. */
    public Cookie holding(String jwt, Duration lifetime) {
        return Cookie.of(name(), jwt).httpOnly(true).sameSite(SameSite.Strict).secure(secure).path("/")
                .maxAge(lifetime);
    }

    /** The cookie that clears the session from the browser. */
    public Cookie cleared() {
        return holding("", Duration.ZERO);
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(name()).map(Cookie::getValue).filter(value -> !value.isEmpty());
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
