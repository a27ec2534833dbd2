package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.domain.TokenStatus;

/** A token as listed and looked up: everything but its secret. Instants are RFC 3339 in UTC. */
@Serdeable
record AccessTokenResponse(String id, String tokenHint, String note, TokenStatus status, String validUntil,
                           String createdAt, String createdBy, @Nullable String revokedAt,
                           @Nullable String lastUsedAt, @Nullable String lastUsedIp) {
}
