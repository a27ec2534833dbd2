package io.sellercenter.accesstokens.application.port.in.platform;

import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;

import java.util.Objects;

/** Add a user with {@code email} and {@code password} to {@code sellerId} in {@code role}, a seller role. */
public record AddSellerUserCommand(SellerId sellerId, Email email, NewPassword password, Role role) {
    public AddSellerUserCommand {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        if (role == null || !role.belongsToSeller()) {
            throw new InvalidInput("role", "must be a seller role");
        }
    }
}
