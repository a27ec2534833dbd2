package io.sellercenter.accesstokens.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identifies a seller account: the owner of access tokens and of seller users. */
public record SellerId(UUID value) {
    public SellerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
