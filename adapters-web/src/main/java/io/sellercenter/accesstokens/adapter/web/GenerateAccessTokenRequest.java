package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/access-tokens}: when the token ends (RFC 3339, with offset) and an optional note. */
@Serdeable
record GenerateAccessTokenRequest(@Nullable String validUntil, @Nullable String note) {
}
