package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Optional body of {@code POST /api/v1/access-tokens/{id}/renew}: when the replacement ends. */
@Serdeable
@Schema(name = "RenewAccessTokenRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
        description = "When the replacement ends; without it, it lives as long as the old token was meant to.")
record RenewAccessTokenRequest(
        @Schema(nullable = true, format = "date-time", example = "2027-03-01T09:30:00Z")
        @Nullable String validUntil) {
}
