package io.sellercenter.accesstokens.domain.token;

import java.util.Objects;
import java.util.UUID;

/** Identifies an access token; public, unlike its secret. */
public record AccessTokenId(UUID value) {
    public AccessTokenId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
