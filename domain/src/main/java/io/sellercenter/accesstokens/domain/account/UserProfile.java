package io.sellercenter.accesstokens.domain.account;

import java.util.Optional;

/** Who signed in: what a session knows of its user (never the password hash). */
public record UserProfile(UserId id, Email email, Role role, Optional<SellerId> sellerId) {
    public static UserProfile of(UserAccount user) {
        return new UserProfile(user.id(), user.email(), user.role(), user.sellerId());
    }
}
