package io.sellercenter.accesstokens.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identifies one signed-in session of a user, from sign-in to its end (sign-out or expiry). */
public record SessionId(UUID value) {
    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
