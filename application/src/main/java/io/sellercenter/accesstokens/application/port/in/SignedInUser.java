package io.sellercenter.accesstokens.application.port.in;

import io.sellercenter.accesstokens.domain.Email;
import io.sellercenter.accesstokens.domain.Role;
import io.sellercenter.accesstokens.domain.SellerId;
import io.sellercenter.accesstokens.domain.UserAccount;
import io.sellercenter.accesstokens.domain.UserId;

import java.util.Optional;

/** Who signed in: what a session knows of its user (never the password hash). */
public record SignedInUser(UserId id, Email email, Role role, Optional<SellerId> sellerId) {
    public static SignedInUser of(UserAccount user) {
        return new SignedInUser(user.id(), user.email(), user.role(), user.sellerId());
    }
}
