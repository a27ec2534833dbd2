package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/auth/login}. {@link #toString()} hides the password. */
@Serdeable
record LoginRequest(@Nullable String username, @Nullable String password) {
    @Override
    public String toString() {
        return "LoginRequest[hidden]";
    }
}
