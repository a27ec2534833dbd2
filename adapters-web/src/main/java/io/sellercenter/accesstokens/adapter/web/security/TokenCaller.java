package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.adapter.web.http.RequestValues;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The holder of an access token: its seller, the token, when it ends, and what it may do from where. */
@Serdeable
@Schema(name = "TokenCaller", description = "The holder of an access token: its seller, the token, when it ends, "
        + "and what it may do from where.")
record TokenCaller(
        @Schema(requiredMode = REQUIRED, example = CallerClaims.ACCESS_TOKEN) String authenticatedBy,
        @Schema(requiredMode = REQUIRED, format = "uuid", example = "6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60")
        String sellerId,
        @Schema(requiredMode = REQUIRED, nullable = true, example = "Acme Outdoor") @Nullable String sellerName,
        @Schema(requiredMode = REQUIRED, format = "uuid", example = "b3e1d7c2-5f0a-4c8e-9d1b-2a3c4d5e6f70")
        String tokenId,
        @Schema(requiredMode = REQUIRED, format = "date-time", example = "2027-03-01T09:30:00Z") String validUntil,
        @Schema(requiredMode = REQUIRED, example = "[\"orders:read\", \"stock:read\", \"stock:write\"]",
                description = "The token's scopes as granted, or `[\"*\"]` for full access")
        List<String> scopes,
        @Schema(requiredMode = REQUIRED, example = "[\"203.0.113.0/24\"]",
                description = "The addresses and ranges it may be used from; empty for anywhere")
        List<String> allowedIps)
        implements CallerResponse {

    static TokenCaller of(Caller.Token token, @Nullable String sellerName) {
        return new TokenCaller(CallerClaims.ACCESS_TOKEN, token.sellerId().toString(), sellerName,
                token.tokenId().toString(), RequestValues.format(token.validUntil()), token.limits().scopes().listed(),
                token.limits().allowedFrom().entries());
    }
}
