package io.sellercenter.accesstokens.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person who signs in: a platform operator or a user of one seller. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
