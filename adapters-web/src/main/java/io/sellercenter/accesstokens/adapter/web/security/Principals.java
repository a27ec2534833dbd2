package io.sellercenter.accesstokens.adapter.web.security;

import io.sellercenter.accesstokens.adapter.web.http.RequestValues;
import io.micronaut.security.authentication.Authentication;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How callers are represented once authenticated, one way for both credentials: a session (a signed JWT from sign-in,
 * named by the user id, with the user's role) or an access token (named by the token id, with no role at all, so that
 * it can never pass a role check such as the one on token management).
 */
public final class Principals {
    public static final String AUTHENTICATED_BY = "authenticatedBy";
    public static final String SESSION = "SESSION";
    public static final String ACCESS_TOKEN = "ACCESS_TOKEN";
    public static final String SELLER_ID = "sellerId";
    public static final String EMAIL = "email";
    public static final String ROLE = "role";
    public static final String VALID_UNTIL = "validUntil";

    private Principals() {
    }

    public static Authentication session(UserProfile user) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(AUTHENTICATED_BY, SESSION);
        attributes.put(EMAIL, user.email().address());
        attributes.put(ROLE, user.role().name());
        user.sellerId().ifPresent(seller -> attributes.put(SELLER_ID, seller.value().toString()));
        return Authentication.build(user.id().value().toString(), List.of(user.role().name()), attributes);
    }

    public static Authentication accessToken(AccessToken token) {
        return Authentication.build(token.id().value().toString(), List.of(), Map.of(
                AUTHENTICATED_BY, ACCESS_TOKEN,
                SELLER_ID, token.sellerId().value().toString(),
                VALID_UNTIL, RequestValues.format(token.validUntil())));
    }

    public static boolean isAccessToken(Authentication authentication) {
        return authentication != null && ACCESS_TOKEN.equals(authentication.getAttributes().get(AUTHENTICATED_BY));
    }

    /** The signed-in user behind a session; empty for an access token. */
    public static Optional<SessionUser> sessionUser(Authentication authentication) {
        if (authentication == null || !SESSION.equals(authentication.getAttributes().get(AUTHENTICATED_BY))) {
            return Optional.empty();
        }
        Map<String, Object> attributes = authentication.getAttributes();
        Object seller = attributes.get(SELLER_ID);
        return Optional.of(new SessionUser(
                new UserId(UUID.fromString(authentication.getName())),
                String.valueOf(attributes.get(EMAIL)),
                Role.valueOf(String.valueOf(attributes.get(ROLE))),
                seller == null ? Optional.empty() : Optional.of(new SellerId(UUID.fromString(seller.toString())))));
    }

    /**
     * The signed-in seller admin behind an endpoint secured for {@code SELLER_ADMIN}: only a session carries that role,
     * and every seller admin belongs to a seller.
     */
    public static SessionUser sellerAdmin(Authentication authentication) {
        return sessionUser(authentication)
                .orElseThrow(() -> new IllegalStateException("a seller admin role outside a session"));
    }

    public record SessionUser(UserId userId, String email, Role role, Optional<SellerId> sellerId) {
        /** The seller this user administers; every caller that passed the seller admin check has one. */
        public SellerId adminSellerId() {
            return sellerId.orElseThrow(() -> new IllegalStateException("a seller admin without a seller"));
        }
    }
}
