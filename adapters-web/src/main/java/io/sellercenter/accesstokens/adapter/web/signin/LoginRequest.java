package io.sellercenter.accesstokens.adapter.web.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/login}. {@link #toString()} hides the password. */
@Serdeable
record LoginRequest(
        @Schema(example = "admin@demo-seller.example") @Nullable String username,
        @Schema(example = "correct horse battery staple") @Nullable String password) {
    @Override
    public String toString() {
        return "LoginRequest[hidden]";
    }
}
