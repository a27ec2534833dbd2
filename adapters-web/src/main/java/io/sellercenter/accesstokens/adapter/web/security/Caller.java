package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.security.authentication.Authentication;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.TokenLimits;

import java.time.Instant;
import java.util.Objects;

/**
 * Who is calling, once authenticated: a signed-in user (a session) or the holder of an access token. Read from
 * micronaut-security's {@link Authentication} by {@link CallerClaims}, the one place that knows how either is written.
 */
public sealed interface Caller {

    /** The caller behind {@code authentication}, which must be one of ours. */
    static Caller of(Authentication authentication) {
        return CallerClaims.read(authentication);
    }

    /**
     * The signed-in user behind an endpoint secured for a role: only sessions carry roles, so an access token never
     * gets here.
     */
    static User user(Authentication authentication) {
        if (of(authentication) instanceof User user) {
            return user;
        }
        throw new IllegalStateException("a role check let an access token through");
    }

    /** A signed-in user, as their session describes them. */
    record User(UserProfile profile) implements Caller {
        public User {
            Objects.requireNonNull(profile, "profile");
        }

        /** The seller a seller admin manages; every caller that passed the seller admin check has one. */
        public SellerId administeredSeller() {
            return profile.sellerId().orElseThrow(() -> new IllegalStateException("a seller admin without a seller"));
        }
    }

    /**
     * The holder of an access token of {@code sellerId}, which ends at {@code validUntil} and may do what its
     * {@code limits} allow.
     */
    record Token(AccessTokenId tokenId, SellerId sellerId, Instant validUntil, TokenLimits limits) implements Caller {
        public Token {
            Objects.requireNonNull(tokenId, "tokenId");
            Objects.requireNonNull(sellerId, "sellerId");
            Objects.requireNonNull(validUntil, "validUntil");
            Objects.requireNonNull(limits, "limits");
        }

        /** The holder of {@code token}. */
        static Token of(AccessToken token) {
            return new Token(token.id(), token.sellerId(), token.validUntil(), token.limits());
        }
    }
}
