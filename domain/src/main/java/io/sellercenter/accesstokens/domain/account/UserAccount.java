package io.sellercenter.accesstokens.domain.account;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone who signs in with an e-mail and password. A platform operator belongs to no seller; every other role
 * belongs to exactly one. Holds only a slow hash of the password, which {@link #toString()} leaves out.
 */
public record UserAccount(UserId id, Email email, Role role, SellerId sellerIdOrNull, String passwordHash) {
    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (role.belongsToSeller() != (sellerIdOrNull != null)) {
            throw new IllegalArgumentException(role + (role.belongsToSeller() ? " needs a seller" : " has no seller"));
        }
    }

    public Optional<SellerId> sellerId() {
        return Optional.ofNullable(sellerIdOrNull);
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + role + "]";
    }
}
