package io.sellercenter.accesstokens.domain.account;

import java.util.Objects;

/** A seller account on the platform. Its tokens and users belong to it alone. */
public record Seller(SellerId id, SellerName name) {
    public Seller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
