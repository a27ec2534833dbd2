package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A signed-in user: who they are, what they may do, and the seller they belong to. */
@Serdeable
@Schema(name = "SessionCaller", description = "A signed-in user: who they are, what they may do, and their seller.")
public record SessionCaller(
        @Schema(requiredMode = REQUIRED, example = CallerClaims.SESSION) String authenticatedBy,
        @Schema(requiredMode = REQUIRED, format = "uuid", example = "0862f179-68dc-47ee-a6ad-836497719473")
        String userId,
        @Schema(requiredMode = REQUIRED, example = "someone@seller.example") String email,
        @Schema(requiredMode = REQUIRED, description = "What the user may do on the platform. A platform operator "
                + "runs it; a seller admin manages the seller's tokens; a seller member manages nothing. (The "
                + "platform API's SellerUserRole names the same two seller roles as a seller sees them: ADMIN, "
                + "MEMBER.)")
        Role role,
        @Schema(requiredMode = REQUIRED, nullable = true, format = "uuid",
                description = "The user's seller; null for a platform operator.")
        @Nullable String sellerId) implements CallerResponse {

    public static SessionCaller of(UserProfile user) {
        return new SessionCaller(CallerClaims.SESSION, user.id().toString(), user.email().address(), user.role(),
                user.sellerId().map(SellerId::toString).orElse(null));
    }
}
