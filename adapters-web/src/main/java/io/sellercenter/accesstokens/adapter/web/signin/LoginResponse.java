package io.sellercenter.accesstokens.adapter.web.signin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A session: a short-lived signed JWT to send as {@code Authorization: Bearer <access_token>}. */
@Serdeable
@Schema(name = "Session", description = "A session: a short-lived signed JWT to send as "
        + "`Authorization: Bearer <access_token>`.")
record LoginResponse(
        @Schema(requiredMode = REQUIRED) @JsonProperty("access_token") String accessToken,
        @Schema(requiredMode = REQUIRED, allowableValues = "Bearer") @JsonProperty("token_type") String tokenType,
        @Schema(requiredMode = REQUIRED, minimum = "1", example = "900",
                description = "Seconds until the session ends")
        @JsonProperty("expires_in") int expiresIn) {
}
