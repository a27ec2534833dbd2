package io.sellercenter.accesstokens.application.port.out.account;

import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.util.List;
import java.util.Optional;

/** Where seller accounts are kept. */
public interface SellerStore {
    void add(Seller seller);

    Optional<Seller> find(SellerId id);

    /** All sellers, by name. */
    List<Seller> findAll();
}
