package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Optional body of {@code POST /api/v1/access-tokens/{id}/renew}: when the replacement ends. */
@Serdeable
record RenewAccessTokenRequest(@Nullable String validUntil) {
}
