package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Optional body of {@code POST /api/v1/access-tokens/{id}/renew}: when the replacement ends. */
@Serdeable
record RenewAccessTokenRequest(
        @Schema(example = "2027-03-01T09:30:00Z") @Nullable String validUntil) {
}
