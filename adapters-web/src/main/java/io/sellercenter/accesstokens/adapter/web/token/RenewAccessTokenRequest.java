package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.Scopes;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Optional body of {@code POST /api/v1/access-tokens/{id}/renew}: when the replacement ends, and its limits. */
@Serdeable
@Schema(name = "RenewAccessTokenRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
        description = "When the replacement ends (without it, it lives as long as the old token was meant to), "
                + "and what it may do and where from (without them, as the old token).")
record RenewAccessTokenRequest(
        @Schema(nullable = true, format = "date-time", example = "2027-03-01T09:30:00Z")
        @Nullable String validUntil,
        @ArraySchema(arraySchema = @Schema(nullable = true, example = "[\"orders:read\", \"stock:write\"]",
                description = "What the token may do: `<resource>:read` or `<resource>:write` (write includes read), "
                        + "from `GET /api/v1/access-tokens/scopes`. At least one; duplicates collapse. Without it, "
                        + "the replacement keeps the old token's."),
                minItems = 1, maxItems = Scopes.MAX_LISTED,
                schema = @Schema(type = "string", pattern = "^[a-z][a-z0-9-]{0,39}:(read|write)$"))
        @Nullable List<String> scopes,
        @ArraySchema(arraySchema = @Schema(nullable = true, example = "[\"203.0.113.0/24\"]",
                description = "The addresses the token may be used from: IPv4 or IPv6 addresses or CIDR ranges "
                        + "(not /0). Without it, the replacement keeps the old token's; empty, from anywhere."),
                maxItems = AddressAllowlist.MAX_ENTRIES, schema = @Schema(type = "string", maxLength = 49))
        @Nullable List<String> allowedIps) {
}
