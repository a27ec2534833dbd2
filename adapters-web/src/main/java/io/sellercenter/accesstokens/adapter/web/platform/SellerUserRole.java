package io.sellercenter.accesstokens.adapter.web.platform;

import io.sellercenter.accesstokens.domain.account.Role;
import io.swagger.v3.oas.annotations.media.Schema;

/** The roles a seller's user can have, as the platform API names them. */
@Schema(name = "SellerUserRole", description = "The role a seller's user has within the seller: ADMIN manages its "
        + "access tokens and audit trail, MEMBER manages nothing. (A session's Role names the same two as SELLER_ADMIN "
        + "and SELLER_MEMBER, beside the platform's own PLATFORM_OPERATOR.)")
enum SellerUserRole {
    ADMIN(Role.SELLER_ADMIN),
    MEMBER(Role.SELLER_MEMBER);

    final Role role;

    SellerUserRole(Role role) {
        this.role = role;
    }

    static SellerUserRole of(Role role) {
        for (SellerUserRole value : values()) {
            if (value.role == role) {
                return value;
            }
        }
        throw new IllegalArgumentException(role + " is not a seller role");
    }
}
