package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.Scopes;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Body of {@code POST /api/v1/access-tokens}: when the token ends (RFC 3339, with offset), an optional note, and
 * optionally what the token may do and where from.
 */
@Serdeable
@Schema(name = "GenerateAccessTokenRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
        description = "A new token: when it ends and what it is for. Unknown fields are refused.")
record GenerateAccessTokenRequest(
        @Schema(requiredMode = REQUIRED, format = "date-time", example = "2027-03-01T09:30:00Z",
                description = "When the token ends: in the future, at most the policy's maxLifetime ahead.")
        String validUntil,
        @Schema(nullable = true, maxLength = 255, example = "ERP sync",
                description = "What the token is for; trimmed, no control characters.")
        @Nullable String note,
        @ArraySchema(arraySchema = @Schema(nullable = true, example = "[\"orders:read\", \"stock:write\"]",
                description = "What the token may do: `<resource>:read` or `<resource>:write` (write includes read), "
                        + "from `GET /api/v1/access-tokens/scopes`. At least one; duplicates collapse. Without it, "
                        + "the token has full access, as every token had before scopes existed."),
                minItems = 1, maxItems = Scopes.MAX_LISTED,
                schema = @Schema(type = "string", pattern = "^[a-z][a-z0-9-]{0,39}:(read|write)$"))
        @Nullable List<String> scopes,
        @ArraySchema(arraySchema = @Schema(nullable = true, example = "[\"203.0.113.0/24\"]",
                description = "The addresses the token may be used from: IPv4 or IPv6 addresses or CIDR ranges "
                        + "(not /0). Without it, or empty, from anywhere."),
                maxItems = AddressAllowlist.MAX_ENTRIES, schema = @Schema(type = "string", maxLength = 49))
        @Nullable List<String> allowedIps) {
}
