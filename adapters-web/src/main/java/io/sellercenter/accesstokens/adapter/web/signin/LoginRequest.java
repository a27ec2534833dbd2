package io.sellercenter.accesstokens.adapter.web.signin;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** Body of {@code POST /api/v1/auth/login} and {@code /session}. {@link #toString()} hides the password. */
@Serdeable
@Schema(name = "SignInRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
        description = "An e-mail and its password. Unknown fields are refused.")
record LoginRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, pattern = "\\S", example = "someone@seller.example",
                description = "The user's e-mail")
        String username,
        @Schema(requiredMode = REQUIRED, minLength = 1, format = "password", example = "not-a-real-password")
        String password) {
    @Override
    public String toString() {
        return "LoginRequest[hidden]";
    }
}
