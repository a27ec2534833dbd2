package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/v1/access-tokens}: when the token ends (RFC 3339, with offset) and an optional note. */
@Serdeable
record GenerateAccessTokenRequest(
        @Schema(example = "2027-03-01T09:30:00Z") @Nullable String validUntil,
        @Schema(example = "ERP sync") @Nullable String note) {
}
