package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** A token just generated or renewed, with its secret in {@code token}: the only response that ever carries it. */
@Serdeable
record GeneratedAccessTokenResponse(
        @Schema(example = "6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60") String id,
        @Schema(example = "sct_4aB9xQ2mN7pL0kR5tV8wY1zC3dF6gH9jK2mP4s") String token,
        @Schema(example = "sct_Ab12…") String tokenHint,
        @Schema(example = "ERP sync") String note,
        TokenStatus status,
        @Schema(example = "2027-03-01T09:30:00Z") String validUntil,
        @Schema(example = "2026-11-27T09:30:00Z") String createdAt,
        @Schema(example = "0862f179-68dc-47ee-a6ad-836497719473") String createdBy,
        @Nullable String revokedAt,
        @Nullable String lastUsedAt,
        @Nullable String lastUsedIp) {
}
