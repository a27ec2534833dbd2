package io.sellercenter.accesstokens.adapter.persistence.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code access_token}. */
@MappedEntity("access_token")
record AccessTokenEntity(
        @Id UUID id,
        UUID sellerId,
        String tokenHash,
        String tokenHint,
        String note,
        Instant validUntil,
        Instant createdAt,
        UUID createdBy,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt,
        @Nullable String lastUsedIp,
        @Nullable String scopes,
        @Nullable String allowedIps) {
}
