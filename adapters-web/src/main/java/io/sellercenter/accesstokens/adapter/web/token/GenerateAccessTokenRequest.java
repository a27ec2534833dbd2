package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** Body of {@code POST /api/v1/access-tokens}: when the token ends (RFC 3339, with offset) and an optional note. */
@Serdeable
@Schema(name = "GenerateAccessTokenRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
        description = "A new token: when it ends and what it is for. Unknown fields are refused.")
record GenerateAccessTokenRequest(
        @Schema(requiredMode = REQUIRED, format = "date-time", example = "2027-03-01T09:30:00Z",
                description = "When the token ends: in the future, at most the policy's maxLifetime ahead.")
        String validUntil,
        @Schema(nullable = true, maxLength = 255, example = "ERP sync",
                description = "What the token is for; trimmed, no control characters.")
        @Nullable String note) {
}
