package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.security.authentication.Authentication;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SessionId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.domain.token.AccessToken;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes and reads who is calling, in the one shape micronaut-security carries: an {@link Authentication}. A session
 * is a signed JWT whose claims name the user (subject), their role (also as the only entry of {@code roles}, for
 * {@code @Secured}), e-mail and seller. An access token's holder has no role at all, so it can never pass a role check
 * such as the one on token management; it never leaves this process, so it carries the {@link Caller} itself.
 */
public final class CallerClaims {
    static final String AUTHENTICATED_BY = "authenticatedBy";
    public static final String SESSION = "SESSION";
    public static final String ACCESS_TOKEN = "ACCESS_TOKEN";
    private static final String EMAIL = "email";
    private static final String ROLE = "role";
    private static final String SELLER_ID = "sellerId";
    /** The session's id (OpenID Connect's name for it), by which a sign-out ends it everywhere. */
    private static final String SESSION_ID = "sid";
    private static final String EXPIRES_AT = "exp";
    private static final String CALLER = Caller.class.getName();

    private CallerClaims() {
    }

    /** The claims of {@code session} for {@code user}, to sign into its JWT. */
    public static Authentication session(UserProfile user, SessionId session) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(AUTHENTICATED_BY, SESSION);
        claims.put(SESSION_ID, session.toString());
        claims.put(EMAIL, user.email().address());
        claims.put(ROLE, user.role().name());
        user.sellerId().ifPresent(seller -> claims.put(SELLER_ID, seller.toString()));
        return Authentication.build(user.id().toString(), List.of(user.role().name()), claims);
    }

    /** The holder of {@code token}, authenticated for this request only. */
    public static Authentication accessToken(AccessToken token) {
        return Authentication.build(token.id().toString(), List.of(),
                Map.of(AUTHENTICATED_BY, ACCESS_TOKEN, CALLER, Caller.Token.of(token)));
    }

    /** Whether {@code authentication} is a session (whatever its claims say otherwise). */
    public static boolean isSession(Authentication authentication) {
        return SESSION.equals(authentication.getAttributes().get(AUTHENTICATED_BY));
    }

    /** A session's id; empty for an access token, and for a session without one (which cannot be ended). */
    public static Optional<SessionId> sessionId(Authentication authentication) {
        Object id = authentication.getAttributes().get(SESSION_ID);
        if (!isSession(authentication) || id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionId(UUID.fromString(id.toString())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** When a session's JWT expires. */
    public static Optional<Instant> expiresAt(Authentication authentication) {
        Object exp = authentication.getAttributes().get(EXPIRES_AT);
        if (exp instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (exp instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }

    static Caller read(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        if (ACCESS_TOKEN.equals(claims.get(AUTHENTICATED_BY)) && claims.get(CALLER) instanceof Caller.Token token) {
            return token;
        }
        if (SESSION.equals(claims.get(AUTHENTICATED_BY))) {
            Optional<SellerId> seller = Optional.ofNullable(claims.get(SELLER_ID))
                    .map(id -> new SellerId(UUID.fromString(id.toString())));
            return new Caller.User(new UserProfile(new UserId(UUID.fromString(authentication.getName())),
                    new Email(String.valueOf(claims.get(EMAIL))), Role.valueOf(String.valueOf(claims.get(ROLE))),
                    seller));
        }
        throw new IllegalStateException("neither a session nor an access token");
    }
}
