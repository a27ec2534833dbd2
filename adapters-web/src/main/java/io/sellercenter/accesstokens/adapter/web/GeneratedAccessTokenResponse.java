package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.domain.TokenStatus;

/** A token just generated or renewed, with its secret in {@code token}: the only response that ever carries it. */
@Serdeable
record GeneratedAccessTokenResponse(String id, String token, String tokenHint, String note, TokenStatus status,
                                    String validUntil, String createdAt, String createdBy,
                                    @Nullable String revokedAt, @Nullable String lastUsedAt,
                                    @Nullable String lastUsedIp) {
}
