package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** A token as listed and looked up: everything but its secret. Instants are RFC 3339 in UTC. */
@Serdeable
record AccessTokenResponse(
        @Schema(example = "6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60") String id,
        @Schema(example = "sct_Ab12…") String tokenHint,
        @Schema(example = "ERP sync") String note,
        TokenStatus status,
        @Schema(example = "2027-03-01T09:30:00Z") String validUntil,
        @Schema(example = "2026-11-27T09:30:00Z") String createdAt,
        @Schema(example = "0862f179-68dc-47ee-a6ad-836497719473") String createdBy,
        @Schema(example = "2026-12-01T08:00:00Z") @Nullable String revokedAt,
        @Schema(example = "2026-11-28T14:05:00Z") @Nullable String lastUsedAt,
        @Schema(example = "203.0.113.7") @Nullable String lastUsedIp) {
}
