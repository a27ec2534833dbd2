package io.sellercenter.accesstokens.adapter.web.introspection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The answer to an introspection (RFC 7662 §2.2): an active token with its claims, or exactly
 * {@code {"active": false}} for anything else (unknown, expired, revoked, malformed), so that nothing is told about it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IntrospectionResponse", description = "Whether the token is active; when it is, its claims (RFC "
        + "7662). Anything but an active token is exactly `{\"active\": false}`.")
record IntrospectionResponse(
        @Schema(requiredMode = REQUIRED) boolean active,
        @Schema(allowableValues = "access_token", description = "When active") @JsonProperty("token_type")
        String tokenType,
        @Schema(format = "uuid", description = "When active: the seller the token acts for") String sub,
        @Schema(format = "uuid", description = "When active: the seller the token acts for")
        @JsonProperty("seller_id") String sellerId,
        @Schema(format = "uuid", description = "When active: the token's id") String jti,
        @Schema(format = "int64", description = "When active: when the token was issued, in seconds since the epoch")
        Long iat,
        @Schema(format = "int64", description = "When active: when the token ends, in seconds since the epoch")
        Long exp,
        @Schema(example = "orders:read stock:read stock:write",
                description = "When active: the token's scopes, space-separated (RFC 7662), a write scope with its "
                        + "read scope; `*` for full access")
        String scope,
        @Schema(example = "[\"203.0.113.0/24\"]",
                description = "When active: the addresses and ranges the token may be used from; empty for anywhere")
        @JsonProperty("allowed_ips") List<String> allowedIps) {

    /** The answer to an introspection with this verdict. */
    static IntrospectionResponse of(TokenCheck check) {
        return check instanceof TokenCheck.Valid valid ? active(valid.token()) : inactive();
    }

    static IntrospectionResponse active(AccessToken token) {
        String seller = token.sellerId().toString();
        return new IntrospectionResponse(true, "access_token", seller, seller, token.id().toString(),
                token.createdAt().getEpochSecond(), token.validUntil().getEpochSecond(),
                token.limits().scopes().text(), token.limits().allowedFrom().entries());
    }

    static IntrospectionResponse inactive() {
        return new IntrospectionResponse(false, null, null, null, null, null, null, null, null);
    }
}
