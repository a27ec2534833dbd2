package io.sellercenter.accesstokens.adapter.web.introspection;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The form an introspection client posts (RFC 7662 §2.1); for the contract only, the controller reads the form. */
@Introspected
@Schema(name = "IntrospectionRequest",
        description = "The token to introspect, form-encoded (RFC 7662 §2.1). Other parameters are accepted and "
                + "ignored, as RFC 7662 allows.")
record IntrospectionRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, example = "sct_4aB9xQ2mN7pL0kR5tV8wY1zC3dF6gH9jK2mP4s",
                description = "The token, as its holder presents it")
        String token,
        @Schema(description = "A hint about the token's type (RFC 7662); accepted and ignored")
        @JsonProperty("token_type_hint") String tokenTypeHint,
        @Schema(example = "203.0.113.7", maxLength = 45,
                description = "The address the call the gateway is checking comes from (an IP address): a token "
                        + "whose allowlist does not name it is then inactive. Without it, the allowlist is not "
                        + "applied but returned in `allowed_ips`, for the gateway to apply.")
        @JsonProperty("client_ip") String clientIp) {
}
