package io.sellercenter.accesstokens.adapter.web.signin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** A session: a short-lived signed JWT to send as {@code Authorization: Bearer <access_token>}. */
@Serdeable
record LoginResponse(@JsonProperty("access_token") String accessToken,
                     @JsonProperty("token_type") String tokenType,
                     @JsonProperty("expires_in") int expiresIn) {
}
