package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A token as listed and looked up: everything but its secret. Instants are RFC 3339 in UTC. */
@Serdeable
@Schema(name = "AccessToken", description = "A token as listed and looked up: everything but its secret.")
record AccessTokenResponse(
        @Schema(requiredMode = REQUIRED, format = "uuid", example = "6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60")
        String id,
        @Schema(requiredMode = REQUIRED, pattern = "^sct_[0-9A-Za-z]{4}…$", example = "sct_Ab12…",
                description = "The secret's first characters, to recognise it by.")
        String tokenHint,
        @Schema(requiredMode = REQUIRED, maxLength = 255, example = "ERP sync") String note,
        @Schema(requiredMode = REQUIRED) TokenStatus status,
        @Schema(requiredMode = REQUIRED, format = "date-time", example = "2027-03-01T09:30:00Z",
                description = "When the token ends; a revoked token ended when it was revoked.")
        String validUntil,
        @Schema(requiredMode = REQUIRED, format = "date-time", example = "2026-11-27T09:30:00Z") String createdAt,
        @Schema(requiredMode = REQUIRED, format = "uuid", example = "0862f179-68dc-47ee-a6ad-836497719473",
                description = "The user who generated it.")
        String createdBy,
        @Schema(requiredMode = REQUIRED, nullable = true, format = "date-time", example = "2026-12-01T08:00:00Z")
        @Nullable String revokedAt,
        @Schema(requiredMode = REQUIRED, nullable = true, format = "date-time", example = "2026-11-28T14:05:00Z",
                description = "When the token last authenticated a call, to within a minute.")
        @Nullable String lastUsedAt,
        @Schema(requiredMode = REQUIRED, nullable = true, example = "203.0.113.7",
                description = "The address that call came from.")
        @Nullable String lastUsedIp,
        @Schema(requiredMode = REQUIRED, example = "[\"orders:read\", \"stock:read\", \"stock:write\"]",
                description = "What the token may do: its scopes as granted (a write scope with its read scope), "
                        + "or `[\"*\"]` for full access.")
        List<String> scopes,
        @Schema(requiredMode = REQUIRED, example = "[\"203.0.113.0/24\"]",
                description = "The addresses and ranges the token may be used from; empty for anywhere.")
        List<String> allowedIps) {
}
